using Discrepancy.TestCorpus;
using System.Text;

namespace Discrepancy.Benchmarks.Corpus;

/// <summary>
/// English news vocabulary in the style of wire copy about Indonesia and the region: "$1.8 billion",
/// "4.5 trillion rupiah ($280 million)", "between 1,000 and 3,000", "last Friday", "late February",
/// "at 9:30 a.m. local time", "tens of thousands of". People and companies are invented.
/// </summary>
internal sealed class EnglishNews : NewsLexicon
{
    public static readonly EnglishNews Instance = new();

    private static readonly string[] Claims =
    [
        "At least {n} people were killed and {h} others injured when floodwaters swept through {region} {date}, the disaster agency said.",
        "The ministry said {money} had been set aside for the programme, up from {money} a year earlier.",
        "North Korea has sent {rangeK} troops to Russia's Kursk region since {dateFuzzy}, according to {org}.",
        "Inflation eased to {pct} in {month}, the lowest reading since {monthYear}, data from {org} showed on {weekday}.",
        "About {k} residents were evacuated from {nw} villages near the volcano, which erupted shortly after {clock} on {weekday}.",
        "The company plans to cut up to {k} jobs by the end of {year}, or roughly {pct} of its global workforce.",
        "Police arrested {nw} suspects in raids across {city} {dateRel}, a spokesperson told reporters.",
        "{vague} protesters marched through central {city} {date}, demanding the resignation of the interior minister.",
        "The central bank held its benchmark rate at {pct} for a {ord} consecutive month.",
        "Shares of {company} jumped {pct} to {moneyS} in early trading after the firm reported a quarterly profit of {money}.",
        "The {model} was carrying {h} passengers and {nw} crew members when it skidded off the runway {time}.",
        "Officials said more than {k} homes had been damaged and {big} people were still without power {dateRel}.",
        "The bridge, which is {h} metres long, took {nw} years to build and cost an estimated {money}.",
        "Indonesia's economy grew {pct} in the {ordQ} quarter, slightly below the {pct} forecast by economists polled by {org}.",
        "Rescuers pulled {nw} survivors from the rubble late on {weekday}, while {n} people remain missing.",
        "Exports of palm oil fell {pct} year-on-year to {big} tonnes in {monthYear}.",
        "The government will distribute {k} food parcels worth {moneyS} each to families hit by the drought.",
        "A magnitude {mag} earthquake struck off the coast of {region} at {clock} local time {date}, the geophysics agency said.",
        "{between} migrants have crossed the border since {dateFuzzy}, according to United Nations estimates.",
        "Ticket sales topped {big} in the first {nw} days, the organisers said in a statement on {weekday}.",
        "Under Article {n} of the {year} law, offenders face up to {nw} years in prison and a fine of as much as {money}.",
        "Anyone with information is asked to call {phone} or the emergency line {hotline}.",
        "The hearing, originally set for {dateAbs}, has been postponed to {dateAbs}.",
        "Unemployment rose to {pct} in {monthYear}, with {big} people out of work, the statistics bureau said.",
        "Nearly {pct} of respondents approved of the president's performance, according to a survey of {k} adults conducted in {dateFuzzy}.",
        "The storm dumped as much as {h} millimetres of rain in {nw} hours, flooding dozens of streets.",
        "Fire crews battled the blaze for more than {nw} hours before bringing it under control at around {clock}.",
        "{company} said it would invest {money} over the next {nw} years to build {nw} new factories.",
        "The home side won {score} in front of a crowd of {k} on {weekday} night.",
        "Flight {flight} left Jakarta {time} and landed in Singapore {nw} hours later than scheduled.",
        "The death toll from the outbreak has climbed to {n}, with {k} suspected cases recorded since {dateAbs}.",
        "Rice prices in {city} have risen by {pct} since {dateFuzzy}, to around {moneyS} per kilogram.",
        "The volcano spewed ash up to {k} metres into the sky {dateRel}, forcing the closure of {nw} airports.",
        "Some {k} police officers and soldiers will be deployed to secure the summit, which opens on {dateAbs}.",
        "A {n}-year-old man was detained on {weekday} in connection with the attack, police said.",
        "The ministry expects {rangeBig} travellers to leave the capital during the holiday, which begins {dateRel}.",
        "Registration runs from {dateAbs} to {dateAbs}, and the results will be announced in {monthYear}.",
        "The fund has disbursed {money} to {k} small businesses since it was launched in {year}.",
        "He said {lower} {k} hectares of forest had burned in {region} this year alone.",
        "The rupiah weakened {pct} to {fx} per dollar on {weekday}, its weakest level since {monthYear}.",
        "In a {n}-page report released {dateRel}, the commission documented {h} cases of abuse in {n} provinces.",
        "More than {pct} of the city's {big} residents live within {nw} kilometres of the coast.",
        "The {ord} round of talks is scheduled for {dateAbs} in {city}.",
        "The new rail line will carry up to {k} passengers a day and cut the journey from {nw} hours to about {n} minutes.",
        "Gold futures rose {pct} to {moneyS} an ounce {dateRel}.",
        "Authorities said {approx} {k} people had been displaced by the fighting since {dateFuzzy}.",
        "The vaccination drive aims to reach {big} children under the age of {nw} by {dateFuzzy}.",
        "The plant, which employs {k} workers, turned out {k} vehicles last year.",
        "Revenue for the {ordQ} quarter came in at {money}, up {pct} from the same period a year earlier.",
        "The quake killed {lower} {k} people and injured more than {k} others.",
        "Voters in {n} provinces will cast ballots on {dateAbs}, with polls closing at {clock} local time.",
        "{vague} students gathered outside parliament {dateRel}, chanting slogans against a proposed tuition increase of {pct}.",
        "Each of the {nw} victims will receive compensation of {moneyS}, the court ruled {date}.",
        "The project, first announced in {year}, is now expected to be completed in {dateFuzzy}.",
        "Callers can reach the museum's help desk on {phone} between {clock} and {clock} on weekdays.",
        "Inspectors seized {k} cartons of counterfeit medicine and {n} kilograms of methamphetamine in {city} {date}.",
        "Heavy rain over {nw} days triggered landslides at {nw} locations, damaging {h} houses in {region}.",
        "Foreign tourist arrivals reached {big} in {year}, up {pct} from the previous year, official data showed.",
        "The rate for medium-grade rice will be capped at {moneyS} per kilogram from {dateAbs}, the agency said.",
        "Road deaths during the holiday fell {pct} from last year, from {k} to {k}, police data showed.",
    ];

    private static readonly string[] Prose =
    [
        "The spokesperson declined to comment on the investigation, saying it was a matter for the courts.",
        "Residents said they had received little warning before the water began to rise.",
        "It was not immediately clear what caused the collapse.",
        "Analysts said the decision reflected growing concern about the outlook for global demand.",
        "\"We are doing everything we can to reach the people who are still cut off,\" {person} told reporters.",
        "The opposition has called for an independent inquiry into the handling of the crisis.",
        "Officials urged people living near the river to move to higher ground and to follow instructions from local authorities.",
        "The announcement was welcomed by business groups but criticised by labour unions.",
        "Talks between the two sides broke down without agreement, and no new date has been set.",
        "Aid agencies warned that the situation could deteriorate quickly if the roads remain closed.",
        "The company said it was cooperating fully with regulators.",
        "Witnesses described hearing a loud bang followed by thick black smoke.",
        "The government has defended the policy, arguing that it will protect consumers from sharp price swings.",
        "Several roads in the area remain impassable because of landslides and fallen trees.",
        "Critics say the plan does little to address the underlying causes of the problem.",
        "Police have not released the names of the suspects.",
        "Hospitals in the region have asked for additional supplies of blood and medicine.",
        "The ministry said the figures were preliminary and could change as more data came in.",
        "Tourism operators fear the closure will hit bookings during the peak season.",
        "The incident has renewed debate over safety standards in the industry.",
        "Farmers in the area said the dry spell had already damaged much of the harvest.",
        "He added that the authorities would review the permits of every company operating in the zone.",
        "Negotiators are expected to return to the table after the holiday.",
        "The court adjourned the hearing after the defence asked for more time to prepare.",
        "Local media reported that the fire spread quickly because of strong winds.",
        "No group has claimed responsibility for the attack.",
        "The central bank said it stood ready to intervene to stabilise the currency.",
        "Many of those displaced are staying with relatives or in makeshift shelters.",
        "Officials insisted that supplies of fuel and rice were sufficient.",
        "The report's authors said their findings should be treated with caution.",
        "{official} said the government would cover the medical costs of all the victims.",
        "\"This is not the time to point fingers,\" said {person}, {roleShort}.",
        "The decision is likely to face a legal challenge from environmental groups.",
        "One resident, {person}, said the water had reached the windows of her house within minutes.",
        "The agency has deployed extra staff to speed up the identification of victims.",
        "Economists expect the pressure on prices to ease once the new harvest reaches markets.",
        "The footage, which was widely shared on social media, prompted calls for a ban.",
        "Separately, {official} asked regional heads to prepare contingency plans.",
    ];

    private static readonly string[] Headlines =
    [
        "Flash Floods Kill {n} in {region}",
        "Indonesia's Central Bank Holds Rate at {pct}",
        "Chili Prices Soar Ahead of Ramadan",
        "Thousands of Workers Rally for Higher Wages",
        "North Korea Said to Send Thousands of Troops to Russia",
        "Government Earmarks {money} for Free Meals Programme",
        "Magnitude {mag} Quake Jolts {region}",
        "Police Raid Warehouse of Illegal Cigarettes in {city}",
        "Holiday Travellers Expected to Top {big}",
        "Rupiah Slides to {fx} per Dollar",
        "Market Fire in {city} Destroys Hundreds of Stalls",
        "Indonesia Beat {country} {score}",
        "Inflation Slows to {pct} in {month}",
        "Plane Skids Off Runway at {airport}, No Injuries",
        "Dengue Cases Surge in {region}",
        "Gold Climbs to Record High",
        "Rice Price Cap Raised as Harvest Falters",
        "Hotspots Multiply Across {region}",
    ];

    private static readonly string[] Cities =
    [
        "Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Yogyakarta", "Denpasar", "Kuala Lumpur", "Singapore",
        "Manila", "Bangkok", "Hanoi", "Seoul", "Tokyo", "Sydney", "Kyiv", "Moscow", "Geneva",
    ];

    private static readonly string[] Regions =
    [
        "West Java", "Central Java", "East Java", "North Sumatra", "South Sulawesi", "East Kalimantan",
        "East Nusa Tenggara", "Central Papua", "Aceh", "Bali", "Mindanao", "northern Luzon", "southern Thailand",
        "the Kursk region", "Sabah", "West Sumatra",
    ];

    private static readonly string[] Countries = ["Vietnam", "the Philippines", "Malaysia", "Bahrain", "Saudi Arabia", "Japan", "Iraq", "China"];

    private static readonly string[] Organizations =
    [
        "Statistics Indonesia", "Bank Indonesia", "the health ministry", "the disaster mitigation agency",
        "South Korea's spy agency", "the International Organization for Migration", "the Pentagon",
        "the national police", "a Reuters poll", "the finance ministry", "the World Bank",
    ];

    private static readonly string[] People =
    [
        "Rina Wulandari", "Budi Santoso", "Sarah Mitchell", "James Okafor", "Nguyen Thi Lan", "Hendra Gunawan",
        "Maria Santos", "Daniel Kwon", "Siti Rahmawati", "Tom Hallworth", "Priya Raman", "Ahmad Fauzi",
    ];

    private static readonly string[] Officials =
    [
        "Disaster agency chief {person}", "Police spokesperson {person}", "Finance Minister {person}",
        "{region} Governor {person}", "Chief executive {person}", "Health ministry spokesperson {person}",
        "Deputy governor {person}", "Foreign Minister {person}",
    ];

    private static readonly string[] Companies =
    [
        "Nusantara Air", "Harbor Steel", "Orion Telecom", "Samudra Foods", "Sumber Energi Raya", "Archipelago Mining",
    ];

    private static readonly string[] RolesShort =
    [
        "a local resident", "a policy analyst in Jakarta", "a lawyer for the families", "a community leader",
        "a stallholder at the market", "a volunteer with the Red Cross",
    ];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] ShortMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    // Indexed by DayOfWeek (Sunday = 0).
    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Models = ["Boeing 737-800", "Airbus A320", "ATR 72-600", "Boeing 737 MAX 8", "Airbus A330-300"];

    private static readonly string[] Airports = ["Soekarno-Hatta", "Juanda", "Ngurah Rai", "Changi", "Kualanamu"];

    private static readonly string[] Flights = ["GA 208", "SQ 957", "QZ 262", "MH 711", "TR 277"];

    private static readonly string[] Bureaus = ["JAKARTA", "SURABAYA", "SINGAPORE", "KUALA LUMPUR", "MANILA", "SEOUL"];

    private static readonly string[] Agencies = ["Reuters", "AP", "AFP", "Bloomberg"];

    private EnglishNews()
        : base("en", groupSeparator: ',', decimalSeparator: '.')
    {
    }

    public override IReadOnlyList<string> ClaimTemplates => Claims;

    public override IReadOnlyList<string> ProseTemplates => Prose;

    public override IReadOnlyList<string> HeadlineTemplates => Headlines;

    public override string Dateline(DeterministicRandom rng) =>
        string.Concat(Pick(rng, Bureaus), " (", Pick(rng, Agencies), ") - ");

    public override string? Aside(DeterministicRandom rng) =>
        Chance(rng, 12) ? "Read more: " + Expand(Pick(rng, Headlines), rng) : null;

    public override string? Signature(DeterministicRandom rng) =>
        Chance(rng, 50) ? string.Concat("Reporting by ", Pick(rng, People), "; Editing by ", Pick(rng, People)) : null;

    protected override void AppendSlot(StringBuilder sb, string slot, DeterministicRandom rng)
    {
        switch (slot)
        {
            case "city": sb.Append(Pick(rng, Cities)); break;
            case "region": sb.Append(Pick(rng, Regions)); break;
            case "country": sb.Append(Pick(rng, Countries)); break;
            case "org": sb.Append(Pick(rng, Organizations)); break;
            case "company": sb.Append(Pick(rng, Companies)); break;
            case "person": sb.Append(Pick(rng, People)); break;
            case "official": sb.Append(Expand(Pick(rng, Officials), rng)); break;
            case "roleShort": sb.Append(Pick(rng, RolesShort)); break;
            case "model": sb.Append(Pick(rng, Models)); break;
            case "flight": sb.Append(Pick(rng, Flights)); break;
            case "airport": sb.Append(Pick(rng, Airports)); break;
            case "n": sb.Append(Invariant(NewsNumber(rng, 1, 2))); break;
            case "h": sb.Append(Invariant(NewsNumber(rng, 3, 3))); break;
            case "k": sb.Append(Count(NewsNumber(rng, 4, 5))); break;
            case "nw": sb.Append(WordNumber(rng)); break;
            case "big": sb.Append(Decimal(MillionsMantissa(rng))).Append(" million"); break;
            case "money": AppendMoney(sb, rng); break;
            case "moneyS": AppendSmallMoney(sb, rng); break;
            case "fx": sb.Append(Count(rng.Next(15_600, 16_950))); break;
            case "pct": AppendPercent(sb, rng); break;
            case "mag": sb.Append(Decimal(rng.Next(40, 75) * 10L)); break;
            case "rangeK": AppendRange(sb, rng, 4, 5); break;
            case "rangeBig":
                {
                    var low = rng.Next(12, 30);
                    var between = Chance(rng, 50);
                    sb.Append(between ? "between " : "from ").Append(Invariant(low)).Append(" million")
                        .Append(between ? " and " : " to ").Append(Invariant(low + rng.Next(1, 6))).Append(" million");
                    break;
                }

            case "between":
                {
                    var (low, high) = OrderedPair(rng, 4, 5);
                    sb.Append("Between ").Append(Count(low)).Append(" and ").Append(Count(high));
                    break;
                }

            case "vague": sb.Append(Pick(rng, ["thousands of", "hundreds of", "dozens of", "tens of thousands of", "scores of", "thousands of"])); break;
            case "approx": sb.Append(Pick(rng, ["about", "around", "nearly", "roughly", "an estimated", "some"])); break;
            case "lower": sb.Append(Pick(rng, ["more than", "at least", "over", "no fewer than", "well over"])); break;
            case "ord": sb.Append(Pick(rng, ["second", "third", "fourth", "fifth", "sixth", "12th", "third"])); break;
            case "ordQ": sb.Append(Pick(rng, ["first", "second", "third", "fourth"])); break;
            case "phone": AppendPhone(sb, rng); break;
            case "hotline": sb.Append(Pick(rng, ["112", "110", "119", "911"])); break;
            case "year": sb.Append(Invariant(rng.Next(2019, 2026))); break;
            case "month": sb.Append(Pick(rng, Months)); break;
            case "monthYear": sb.Append(Pick(rng, Months)).Append(' ').Append(Invariant(rng.Next(2023, 2026))); break;
            case "weekday": sb.Append(Pick(rng, Weekdays)); break;
            case "time": AppendTime(sb, rng); break;
            case "clock": sb.Append(Clock(rng)); break;
            case "score": sb.Append(Invariant(rng.Next(1, 5))).Append('-').Append(Invariant(rng.Next(0, 2))); break;
            case "date": AppendDate(sb, rng); break;
            case "dateAbs": AppendAbsoluteDate(sb, rng); break;
            case "dateRel": AppendRelativeDate(sb, rng); break;
            case "dateFuzzy": AppendFuzzyDate(sb, rng); break;
            default: throw UnknownSlot(slot, Code);
        }
    }

    private static string WordNumber(DeterministicRandom rng)
    {
        var value = rng.Next(10) < 8 ? rng.Next(2, 13) : rng.Next(13, 100);
        return value switch
        {
            < 20 => Units[value],
            _ when value % 10 == 0 => Tens[value / 10],
            _ => string.Concat(Tens[value / 10], "-", Units[value % 10]),
        };
    }

    private void AppendMoney(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(6))
        {
            case 0:
            case 1:
                sb.Append('$').Append(Decimal(Mantissa(rng))).Append(' ').Append(Chance(rng, 50) ? "million" : "billion");
                break;
            case 2:
                {
                    // Wire style for Indonesian budgets: "4.5 trillion rupiah ($280 million)".
                    var trillions = Mantissa(rng);
                    sb.Append(Decimal(trillions)).Append(" trillion rupiah (").Append(DollarsForTrillionRupiah(trillions)).Append(')');
                    break;
                }

            case 3:
                sb.Append('$').Append(Count(NewsNumber(rng, 5, 7)));
                break;
            case 4:
                sb.Append(Pick(rng, ["US$", "€", "£", "S$"])).Append(Decimal(Mantissa(rng))).Append(Chance(rng, 50) ? " million" : "bn");
                break;
            default:
                sb.Append("Rp ").Append(Invariant(rng.Next(2, 500))).Append(" trillion");
                break;
        }
    }

    private void AppendSmallMoney(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(3))
        {
            case 0:
                sb.Append('$').Append(Decimal(rng.Next(100, 20_000)));
                break;
            case 1:
                sb.Append('$').Append(Count(NewsNumber(rng, 2, 4)));
                break;
            default:
                sb.Append(Count(NewsNumber(rng, 4, 6) / 500 * 500)).Append(" rupiah");
                break;
        }
    }

    private void AppendPercent(StringBuilder sb, DeterministicRandom rng)
    {
        var value = Decimal(PercentHundredths(rng));
        sb.Append(value).Append(rng.Next(3) == 0 ? " percent" : "%");
    }

    private void AppendRange(StringBuilder sb, DeterministicRandom rng, int minDigits, int maxDigits)
    {
        var (low, high) = OrderedPair(rng, minDigits, maxDigits);
        switch (rng.Next(4))
        {
            case 0:
                sb.Append(Count(low)).Append('-').Append(Count(high));
                break;
            case 1:
                sb.Append("between ").Append(Count(low)).Append(" and ").Append(Count(high));
                break;
            case 2:
                sb.Append("about ").Append(Count(low)).Append(" to ").Append(Count(high));
                break;
            default:
                sb.Append(Count(low)).Append(" to ").Append(Count(high));
                break;
        }
    }

    private static void AppendPhone(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(3))
        {
            case 0:
                sb.Append("+62 21 ").Append(Invariant(rng.Next(2000, 8000))).Append(' ').Append(Invariant(rng.Next(1000, 10000)));
                break;
            case 1:
                sb.Append("(021) ").Append(Invariant(rng.Next(2000, 8000))).Append('-').Append(Invariant(rng.Next(1000, 10000)));
                break;
            default:
                sb.Append("0800-").Append(Invariant(rng.Next(100, 1000))).Append('-').Append(Invariant(rng.Next(1000, 10000)));
                break;
        }
    }

    private static string Clock(DeterministicRandom rng) => rng.Next(3) switch
    {
        0 => string.Concat(Invariant(rng.Next(1, 13)), ":", Invariant(rng.Next(0, 12) * 5).PadLeft(2, '0'), rng.Next(2) == 0 ? " a.m." : " p.m."),
        1 => string.Concat(Invariant(rng.Next(1, 13)), rng.Next(2) == 0 ? " a.m." : " p.m."),
        _ => string.Concat(Invariant(rng.Next(0, 24)).PadLeft(2, '0'), ":", Invariant(rng.Next(0, 12) * 5).PadLeft(2, '0')),
    };

    private static void AppendTime(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(4))
        {
            case 0:
                sb.Append("at ").Append(Clock(rng));
                break;
            case 1:
                sb.Append("around ").Append(Invariant(rng.Next(1, 13))).Append(rng.Next(2) == 0 ? " a.m." : " p.m.").Append(" local time");
                break;
            case 2:
                sb.Append("at ").Append(Invariant(rng.Next(0, 24)).PadLeft(2, '0')).Append(":").Append(Invariant(rng.Next(0, 60)).PadLeft(2, '0')).Append(" GMT");
                break;
            default:
                sb.Append("shortly after ").Append(Invariant(rng.Next(1, 13))).Append(" p.m.");
                break;
        }
    }

    /// <summary>A complete time adverbial with its preposition: "on June 4", "last Friday", "in late February".</summary>
    private static void AppendDate(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(3))
        {
            case 0: AppendAbsoluteDate(sb.Append("on "), rng); break;
            case 1: AppendRelativeDate(sb, rng); break;
            default: AppendFuzzyDate(sb.Append("in "), rng); break;
        }
    }

    /// <summary>"Wednesday, June 4, 2025", "June 4, 2025", "June 4", "4 June 2025", "Sept. 12".</summary>
    private static void AppendAbsoluteDate(StringBuilder sb, DeterministicRandom rng)
    {
        var date = RandomDate(rng);
        var day = Invariant(date.Day);
        var year = Invariant(date.Year);
        switch (rng.Next(5))
        {
            case 0:
                sb.Append(Weekdays[(int)date.DayOfWeek]).Append(", ").Append(Months[date.Month - 1]).Append(' ').Append(day).Append(", ").Append(year);
                break;
            case 1:
                sb.Append(Months[date.Month - 1]).Append(' ').Append(day).Append(", ").Append(year);
                break;
            case 2:
                sb.Append(Months[date.Month - 1]).Append(' ').Append(day);
                break;
            case 3:
                sb.Append(day).Append(' ').Append(Months[date.Month - 1]).Append(' ').Append(year);
                break;
            default:
                sb.Append(ShortMonths[date.Month - 1]).Append(' ').Append(day);
                break;
        }
    }

    private static void AppendRelativeDate(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(12))
        {
            case 0: sb.Append("yesterday"); break;
            case 1: sb.Append("on ").Append(Pick(rng, Weekdays)); break;
            case 2: sb.Append("last ").Append(Pick(rng, Weekdays)); break;
            case 3: sb.Append("on ").Append(Pick(rng, Weekdays)).Append(' ').Append(Pick(rng, ["morning", "afternoon", "evening", "night"])); break;
            case 4: sb.Append("last week"); break;
            case 5: sb.Append("last month"); break;
            case 6: sb.Append(WordNumber(rng)).Append(" days ago"); break;
            case 7: sb.Append(Pick(rng, ["two", "three", "four"])).Append(" weeks ago"); break;
            case 8: sb.Append("earlier this month"); break;
            case 9: sb.Append("last weekend"); break;
            case 10: sb.Append("today"); break;
            default: sb.Append("on ").Append(Pick(rng, Weekdays)).Append(" night"); break;
        }
    }

    private static void AppendFuzzyDate(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(6))
        {
            case 0: sb.Append("late ").Append(Pick(rng, Months)); break;
            case 1: sb.Append("early ").Append(Pick(rng, Months)).Append(' ').Append(Invariant(rng.Next(2024, 2026))); break;
            case 2: sb.Append("mid-").Append(Pick(rng, Months)); break;
            case 3: sb.Append("late ").Append(Invariant(rng.Next(2023, 2026))); break;
            case 4: sb.Append(Pick(rng, Months)).Append(' ').Append(Invariant(rng.Next(2023, 2026))); break;
            default: sb.Append("the summer of ").Append(Invariant(rng.Next(2023, 2026))); break;
        }
    }
}
