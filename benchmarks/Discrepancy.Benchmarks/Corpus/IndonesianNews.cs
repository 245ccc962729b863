using Discrepancy.TestCorpus;
using System.Text;

namespace Discrepancy.Benchmarks.Corpus;

/// <summary>
/// Indonesian news vocabulary in the style of national online outlets: "Rp 71 triliun", "10.000 hingga 12.000",
/// "Sabtu (22/3/2025)", "pukul 09.30 WIB", "ribuan warga", "Baca juga:" lines. All names of people and companies are
/// invented; places and institutions are real so that the text reads like the news the library is built for.
/// </summary>
internal sealed class IndonesianNews : NewsLexicon
{
    public static readonly IndonesianNews Instance = new();

    private static readonly string[] Claims =
    [
        "Badan Penanggulangan Bencana Daerah (BPBD) {region} mencatat sedikitnya {n} orang tewas dan {h} lainnya luka-luka akibat banjir bandang yang melanda {city} pada {date}.",
        "{official} mengatakan, sekitar {k} warga terpaksa mengungsi ke {n} titik pengungsian sejak {dateRel}.",
        "Nilai kerugian akibat kebakaran pasar itu ditaksir mencapai {money}, jauh di atas perkiraan awal yang hanya {money}.",
        "Pemerintah menargetkan pertumbuhan ekonomi sebesar {pct} pada {year}, sedikit lebih tinggi dibanding realisasi tahun sebelumnya.",
        "Menurut data {org}, jumlah penumpang selama masa angkutan Lebaran naik {pct} menjadi {big} orang.",
        "Korea Utara disebut telah mengirim {rangeK} tentara ke wilayah Kursk, Rusia, sejak {dateFuzzy}.",
        "Harga cabai rawit di sejumlah pasar tradisional di {city} melonjak hingga {moneyS} per kilogram {dateRel}.",
        "Polisi menangkap {nw} tersangka dalam penggerebekan yang berlangsung pada {dateParen} sekitar {time}.",
        "Gempa bermagnitudo {mag} mengguncang wilayah {region} pada {dateParen} {time}, menurut keterangan BMKG.",
        "Sebanyak {k} personel gabungan TNI dan Polri dikerahkan untuk mengamankan pertandingan di Stadion {stadium}.",
        "Hingga {dateAbs}, tercatat {k} kasus demam berdarah dengue dengan {n} kematian di seluruh {region}.",
        "Dalam rapat kerja dengan DPR, {official} menyebut anggaran program makan bergizi gratis tahun ini mencapai {money}.",
        "{vague} buruh menggelar unjuk rasa di depan Gedung DPR, {city}, menuntut kenaikan upah minimum sebesar {pct}.",
        "Kebakaran yang terjadi {dateRel} itu menghanguskan {h} rumah dan memaksa {vague} warga tidur di tenda darurat.",
        "Inflasi tahunan pada {month} {year} tercatat {pct}, turun dari {pct} pada bulan sebelumnya, kata {org}.",
        "Bank Indonesia mempertahankan suku bunga acuan di level {pct} dalam rapat dewan gubernur yang digelar {dateRel}.",
        "Perusahaan itu berencana merekrut {lower} {k} karyawan baru hingga akhir {year}.",
        "Warga yang membutuhkan bantuan dapat menghubungi nomor {phone} atau call center {hotline} yang aktif 24 jam.",
        "Pesawat {model} itu mengangkut {h} penumpang dan {nw} awak ketika tergelincir di Bandara {airport} {time}.",
        "Menurut {official}, ruas jalan tol sepanjang {n} kilometer itu ditargetkan rampung pada {dateFuzzy}.",
        "Jumlah wisatawan mancanegara yang berkunjung ke Bali sepanjang {year} mencapai {big} orang, naik {pct} dibanding tahun sebelumnya.",
        "Tim nasional Indonesia menang {score} atas {country} dalam laga kualifikasi yang digelar di Jakarta pada {dateParen}.",
        "Sedikitnya {n} desa di {nw} kecamatan terendam banjir dengan ketinggian air {rangeSmall} sentimeter.",
        "Ekspor batu bara pada kuartal pertama turun {pct} menjadi {big} ton, menurut data {org}.",
        "Pemerintah daerah menyalurkan {k} paket sembako kepada warga terdampak, masing-masing senilai {moneyS}.",
        "Dalam kunjungan {ord} ke {country} tahun ini, Presiden menyaksikan penandatanganan {nw} nota kesepahaman senilai {money}.",
        "{official} menyebut {pct} dari total anggaran telah terserap hingga {dateAbs}.",
        "Kecelakaan beruntun di Tol {tol} Kilometer {n} melibatkan {nw} kendaraan dan menyebabkan antrean sepanjang {n} kilometer.",
        "Berdasarkan Pasal {n} Undang-Undang Nomor {n} Tahun {year}, pelaku terancam pidana penjara paling lama {nw} tahun dan denda paling banyak {money}.",
        "{approx} {k} calon jemaah haji asal {region} akan diberangkatkan dalam {n} kelompok terbang mulai {dateAbs}.",
        "Produksi beras nasional tahun ini diperkirakan mencapai {big} ton, atau naik {pct} dari tahun lalu.",
        "Rapat paripurna yang dimulai {time} itu hanya dihadiri {h} dari 580 anggota dewan.",
        "Tim SAR gabungan menemukan {nw} korban dalam keadaan meninggal dunia, sementara {nw} lainnya masih dalam pencarian.",
        "Pendaftaran dibuka mulai {dateAbs} hingga {dateAbs} melalui laman resmi kementerian.",
        "Harga emas batangan naik {moneyS} menjadi {moneyK} per gram pada perdagangan {dateRel}.",
        "Rupiah ditutup melemah {n} poin ke level {fx} per dolar AS pada {dateParen}.",
        "Kebakaran hutan dan lahan telah menghanguskan {lower} {k} hektare di {region} sejak awal tahun.",
        "Gedung berlantai {n} itu dibangun dengan biaya {money} dan mampu menampung {k} orang.",
        "Kurang lebih {h} relawan dikerahkan untuk membantu distribusi {k} liter air bersih setiap hari.",
        "{official} mengungkapkan, dari {k} sekolah yang rusak, baru {pct} yang sudah diperbaiki hingga {dateRel}.",
        "Sementara itu, jumlah pengangguran terbuka per {month} {year} mencapai {big} orang atau {pct} dari angkatan kerja.",
        "Kereta api {train} berangkat dari Stasiun Gambir pukul {clock} dan tiba di Surabaya {nw} jam kemudian.",
        "Lebih dari {k} tiket konser itu ludes terjual dalam waktu kurang dari {nw} jam.",
        "{org} mendeteksi {n} titik panas di wilayah {region} {dateRel}, naik dari {n} titik sehari sebelumnya.",
        "Dana bantuan sebesar {money} dikucurkan untuk merehabilitasi {h} rumah ibadah dan {n} jembatan yang rusak.",
        "Pelaku yang mengaku berusia {n} tahun itu menjanjikan keuntungan hingga {pct} per bulan kepada para korbannya.",
        "Pemerintah provinsi menyiapkan {h} bus gratis bagi pemudik yang berangkat pada {dateAbs}.",
        "Survei yang melibatkan {k} responden di {n} provinsi itu menunjukkan {pct} warga puas terhadap kinerja pemerintah.",
        "Dalam {nw} tahun terakhir, prevalensi perokok anak meningkat dari {pct} menjadi {pct}.",
        "Sidang lanjutan akan digelar pada {weekday} pekan depan dengan agenda pemeriksaan {nw} saksi.",
        "Kontingen Garuda yang dikirim ke {country} berjumlah {h} prajurit dan akan bertugas selama {nw} bulan.",
        "Ia mengaku sudah melaut sejak {year} dan biasanya membawa pulang {rangeMoneyS} per hari.",
        "Angka kematian ibu di {region} tercatat {h} per 100.000 kelahiran hidup pada {year}.",
        "Penerbangan {flight} dijadwalkan lepas landas {time}, tetapi tertunda lebih dari {nw} jam akibat cuaca buruk.",
        "Menurut {org}, utang luar negeri Indonesia pada akhir {monthYear} tercatat {moneyUsd}.",
        "Aparat gabungan menyita {k} batang rokok ilegal dan {n} kilogram sabu dari sebuah gudang di {city} pada {dateParen}.",
        "Hujan deras selama {nw} jam menyebabkan tanah longsor di {nw} titik dan merusak {n} rumah warga di {region}.",
        "{vague} wisatawan memadati kawasan Malioboro, Yogyakarta, selama libur panjang akhir pekan lalu.",
        "Pemerintah menaikkan harga eceran tertinggi beras medium menjadi {moneyS} per kilogram mulai {dateAbs}.",
        "Menurut catatan kepolisian, angka kecelakaan lalu lintas selama mudik turun {pct} dibandingkan tahun lalu, dari {k} menjadi {k} kejadian.",
    ];

    private static readonly string[] Prose =
    [
        "Ia menegaskan pemerintah daerah akan terus berkoordinasi dengan aparat setempat agar bantuan tersalurkan tepat sasaran.",
        "Warga berharap pemerintah segera memperbaiki tanggul yang jebol agar kejadian serupa tidak terulang.",
        "Hingga berita ini diturunkan, pihak perusahaan belum memberikan tanggapan resmi atas tuduhan tersebut.",
        "Menurut dia, koordinasi lintas kementerian menjadi kunci keberhasilan program ini.",
        "Polisi masih mendalami motif pelaku dan memeriksa sejumlah saksi di lokasi kejadian.",
        "\"Kami meminta masyarakat tetap tenang dan tidak mudah percaya pada informasi yang belum jelas sumbernya,\" ujar {person}.",
        "Para pengungsi kini sangat membutuhkan selimut, makanan siap saji, obat-obatan, dan popok bayi.",
        "Pengamat ekonomi dari Universitas Indonesia menilai kebijakan tersebut perlu dievaluasi secara menyeluruh.",
        "Cuaca ekstrem diperkirakan masih akan terjadi di sebagian besar wilayah Indonesia dalam beberapa hari ke depan.",
        "Sejumlah ruas jalan utama sempat lumpuh karena tertutup material longsor dan pohon tumbang.",
        "Pihaknya juga akan menambah armada untuk mengantisipasi lonjakan penumpang pada puncak arus balik.",
        "Kasus ini bermula ketika korban melaporkan raibnya uang di rekening miliknya kepada pihak bank.",
        "Ia menambahkan, proses identifikasi korban dilakukan tim Disaster Victim Identification di rumah sakit setempat.",
        "Situasi di lokasi kini berangsur kondusif, meski aparat keamanan masih berjaga di beberapa titik.",
        "Kementerian Luar Negeri memastikan tidak ada warga negara Indonesia yang menjadi korban dalam insiden tersebut.",
        "Rencana itu mendapat penolakan dari sebagian warga yang khawatir kehilangan mata pencarian.",
        "Keputusan tersebut diambil setelah melalui pembahasan panjang bersama para pemangku kepentingan.",
        "Dia memastikan stok bahan pokok di gudang Bulog masih aman untuk memenuhi kebutuhan masyarakat.",
        "Pengelola objek wisata mengimbau pengunjung mematuhi rambu dan tidak berenang di area yang dilarang.",
        "Para pedagang mengeluhkan sepinya pembeli sejak harga kebutuhan pokok terus merangkak naik.",
        "Pemeriksaan terhadap saksi-saksi lain masih berlangsung, dan penyidik belum menetapkan tersangka baru.",
        "Menurut keterangan saksi, api diduga berasal dari korsleting listrik di salah satu kios.",
        "Pemerintah daerah telah menetapkan status tanggap darurat untuk mempercepat penanganan bencana.",
        "Langkah ini diharapkan dapat menekan angka kecelakaan selama musim liburan.",
        "Rapat koordinasi tersebut juga membahas kesiapan infrastruktur dan layanan kesehatan di jalur mudik.",
        "Dia menyebut perlambatan ekonomi global turut memengaruhi kinerja ekspor nasional.",
        "Pihak sekolah memutuskan meliburkan kegiatan belajar mengajar sampai kondisi benar-benar aman.",
        "Sementara itu, sejumlah organisasi masyarakat sipil mendesak agar proses hukum berjalan transparan.",
        "Ia juga meminta aparat menindak tegas penimbun yang memanfaatkan situasi untuk meraup keuntungan.",
        "Salah satu warga, {person}, mengaku rumahnya terendam air setinggi pinggang orang dewasa.",
        "\"Kami berharap semua pihak dapat menahan diri dan menyerahkan persoalan ini kepada penegak hukum,\" kata {person}, {roleShort}.",
        "{official} memastikan pemerintah akan menanggung seluruh biaya pengobatan para korban.",
        "Menurutnya, kenaikan harga dipicu oleh gagal panen di sejumlah daerah sentra produksi.",
        "Pihak kepolisian berjanji akan mengusut tuntas kasus tersebut dan menindak siapa pun yang terlibat.",
        "Kebijakan ini menuai pro dan kontra di media sosial, terutama di kalangan pelaku usaha kecil.",
        "Petugas kebersihan dikerahkan untuk membersihkan sisa lumpur yang menutupi jalan dan permukiman.",
        "Di tempat terpisah, {official} meminta seluruh kepala daerah menyiapkan rencana kontingensi.",
        "Pemerintah pusat disebut akan mengirim tim khusus untuk memverifikasi data di lapangan.",
    ];

    private static readonly string[] Headlines =
    [
        "Banjir Bandang Terjang {city}, {n} Orang Tewas",
        "BI Tahan Suku Bunga Acuan di Level {pct}",
        "Harga Cabai Meroket Jelang Ramadan",
        "Ribuan Buruh Demo, Tuntut Kenaikan Upah",
        "Korea Utara Disebut Kirim Ribuan Tentara ke Rusia",
        "Pemerintah Siapkan {money} untuk Program Makan Bergizi Gratis",
        "Gempa Magnitudo {mag} Guncang {region}",
        "Polisi Bongkar Gudang Rokok Ilegal di {city}",
        "Jumlah Pemudik Diprediksi Capai {big} Orang",
        "Rupiah Melemah ke Level {fx} per Dolar AS",
        "Kebakaran Pasar di {city}, Ratusan Kios Hangus",
        "Timnas Indonesia Menang {score} atas {country}",
        "Inflasi {month} Tercatat {pct}",
        "Pesawat Tergelincir di Bandara {airport}, Penumpang Selamat",
        "Jadwal Pendaftaran CPNS {year} Dibuka Pekan Depan",
        "Kasus DBD di {region} Meningkat Tajam",
        "Tol {tol} Macet Parah, Antrean Capai {n} Kilometer",
        "Harga Emas Naik Lagi Hari Ini",
        "Pemerintah Naikkan HET Beras Medium",
        "Titik Panas di {region} Bertambah",
    ];

    private static readonly string[] Cities =
    [
        "Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Palembang", "Yogyakarta", "Denpasar",
        "Balikpapan", "Pontianak", "Manado", "Padang", "Malang", "Kupang", "Jayapura", "Mataram", "Banda Aceh",
        "Bogor", "Bekasi", "Tangerang", "Depok", "Solo", "Cirebon", "Samarinda", "Pekanbaru",
    ];

    private static readonly string[] Regions =
    [
        "Jawa Barat", "Jawa Tengah", "Jawa Timur", "Sumatera Utara", "Sulawesi Selatan", "Kalimantan Timur",
        "Nusa Tenggara Timur", "Papua Tengah", "Kabupaten Garut", "Kabupaten Cianjur", "Kabupaten Bima",
        "Kabupaten Sukabumi", "Kabupaten Agam", "Kalimantan Barat", "Riau", "Sumatera Selatan", "Banten",
        "Daerah Istimewa Yogyakarta", "Sulawesi Tengah", "Maluku Utara",
    ];

    private static readonly string[] Countries =
    [
        "Malaysia", "Singapura", "Vietnam", "Filipina", "Thailand", "Jepang", "Korea Selatan", "China", "Arab Saudi",
        "Australia", "Lebanon", "Republik Demokratik Kongo", "Bahrain", "Irak",
    ];

    private static readonly string[] Organizations =
    [
        "Badan Pusat Statistik (BPS)", "Bank Indonesia", "Kementerian Kesehatan", "Kementerian Perhubungan", "BMKG",
        "Basarnas", "BNPB", "Otoritas Jasa Keuangan", "Kementerian Keuangan", "Korlantas Polri", "PT KAI",
        "Kementerian Pertanian", "Dinas Kesehatan setempat", "Lembaga Survei Nasional",
    ];

    private static readonly string[] People =
    [
        "Rina Wulandari", "Budi Santoso", "Agus Setiawan", "Hendra Gunawan", "Siti Rahmawati", "Yusuf Hidayat",
        "Made Arsana", "Teguh Prasetyo", "Nur Aini", "Fajar Nugroho", "Lestari Handayani", "Andi Mappasessu",
        "Wayan Sudirta", "Maria Simanjuntak", "Rizky Ramadhan", "Dedi Kurniawan", "Ratna Sari", "Bambang Irawan",
    ];

    private static readonly string[] Officials =
    [
        "Kepala BNPB {person}", "Juru bicara Polda Metro Jaya {person}", "Menteri Keuangan {person}",
        "Gubernur {region} {person}", "Direktur Utama {company} {person}", "Kepala Dinas Kesehatan {city} {person}",
        "Kapolres {city} AKBP {person}", "Kepala Pelaksana BPBD {region} {person}", "Deputi Gubernur BI {person}",
        "Sekretaris Daerah {region} {person}", "Kepala BMKG {person}", "Juru bicara Kementerian Kesehatan {person}",
    ];

    private static readonly string[] Companies =
    [
        "PT Samudra Pangan Lestari", "PT Nusa Digital Mandiri", "PT Sumber Energi Raya", "PT Garuda Logistik",
        "PT Mega Tekstil Indonesia", "PT Bumi Cahaya Semesta",
    ];

    private static readonly string[] RolesShort =
    [
        "warga setempat", "pengamat kebijakan publik", "Ketua RT 05", "tokoh masyarakat", "kuasa hukum korban",
        "pedagang di pasar itu", "Ketua RW 03", "relawan kemanusiaan",
    ];

    private static readonly string[] Months =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    // Indexed by DayOfWeek (Sunday = 0).
    private static readonly string[] Weekdays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static readonly string[] Ones = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    private static readonly string[] Models = ["Boeing 737-800", "Airbus A320", "ATR 72-600", "Boeing 737 MAX 8", "Airbus A330-300"];

    private static readonly string[] Airports = ["Soekarno-Hatta", "Juanda", "I Gusti Ngurah Rai", "Sultan Hasanuddin", "Kualanamu", "Yogyakarta International Airport"];

    private static readonly string[] Stadiums = ["Gelora Bung Karno", "Jakarta International Stadium", "Manahan", "Si Jalak Harupat", "Kanjuruhan"];

    private static readonly string[] Tolls = ["Cipularang", "Jakarta-Cikampek", "Semarang-Solo", "Jagorawi", "Palembang-Kayuagung"];

    private static readonly string[] Trains = ["Argo Bromo Anggrek", "Taksaka", "Gajayana", "Bima", "Argo Lawu"];

    private static readonly string[] Flights = ["GA 208", "ID 6231", "IU 750", "QG 103", "IW 1802"];

    private static readonly string[] Outlets = ["Warta Nusantara", "Kabar Harian", "Suara Kota", "Berita Satu Pagi"];

    private static readonly string[] Editors = ["rdn", "ant", "bay", "mhd", "sya", "irw"];

    private IndonesianNews()
        : base("id", groupSeparator: '.', decimalSeparator: ',')
    {
    }

    public override IReadOnlyList<string> ClaimTemplates => Claims;

    public override IReadOnlyList<string> ProseTemplates => Prose;

    public override IReadOnlyList<string> HeadlineTemplates => Headlines;

    public override string Dateline(DeterministicRandom rng) =>
        string.Concat(Pick(rng, Cities).ToUpperInvariant(), ", ", Pick(rng, Outlets), " - ");

    public override string? Aside(DeterministicRandom rng) =>
        Chance(rng, 35) ? "Baca juga: " + Expand(Pick(rng, Headlines), rng) : null;

    public override string? Signature(DeterministicRandom rng) =>
        Chance(rng, 60) ? string.Concat("(", Pick(rng, Editors), "/", Pick(rng, Editors), ")") : null;

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
            case "airport": sb.Append(Pick(rng, Airports)); break;
            case "stadium": sb.Append(Pick(rng, Stadiums)); break;
            case "tol": sb.Append(Pick(rng, Tolls)); break;
            case "train": sb.Append(Pick(rng, Trains)); break;
            case "flight": sb.Append(Pick(rng, Flights)); break;
            case "n": sb.Append(Invariant(NewsNumber(rng, 1, 2))); break;
            case "h": sb.Append(Invariant(NewsNumber(rng, 3, 3))); break;
            case "k": sb.Append(Count(NewsNumber(rng, 4, 5))); break;
            case "nw": sb.Append(WordNumber(rng)); break;
            case "big": sb.Append(Decimal(MillionsMantissa(rng))).Append(" juta"); break;
            case "money": AppendMoney(sb, rng); break;
            case "moneyS": sb.Append(Chance(rng, 50) ? "Rp " : "Rp").Append(Count(NewsNumber(rng, 4, 5) / 500 * 500)); break;
            case "moneyK": sb.Append("Rp ").Append(Count(rng.Next(1_100, 2_100) * 1000L)); break;
            case "moneyUsd": sb.Append("US$ ").Append(Decimal(rng.Next(380, 460) * 100L + (rng.Next(10) * 10))).Append(" miliar"); break;
            case "rangeMoneyS":
                {
                    var (low, high) = OrderedPair(rng, 5, 6);
                    sb.Append("Rp ").Append(Count(low / 1000 * 1000)).Append(" hingga Rp ").Append(Count(high / 1000 * 1000));
                    break;
                }

            case "fx": sb.Append("Rp ").Append(Count(rng.Next(15_600, 16_950))); break;
            case "pct": AppendPercent(sb, rng); break;
            case "mag": sb.Append(Decimal(rng.Next(40, 75) * 10L)); break;
            case "rangeK": AppendRange(sb, rng, 4, 5); break;
            case "rangeSmall": AppendRange(sb, rng, 2, 3); break;
            case "vague": sb.Append(Pick(rng, ["ribuan", "ratusan", "puluhan", "belasan", "puluhan ribu", "ratusan ribu", "ribuan"])); break;
            case "approx": sb.Append(Pick(rng, ["sekitar", "kira-kira", "hampir", "kurang lebih", "sekira"])); break;
            case "lower": sb.Append(Pick(rng, ["lebih dari", "sedikitnya", "setidaknya", "minimal", "tidak kurang dari"])); break;
            case "ord": sb.Append(Ordinal(rng)); break;
            case "phone": AppendPhone(sb, rng); break;
            case "hotline": sb.Append(Pick(rng, ["112", "110", "119", "021-129"])); break;
            case "year": sb.Append(Invariant(rng.Next(2019, 2026))); break;
            case "month": sb.Append(Pick(rng, Months)); break;
            case "monthYear": sb.Append(Pick(rng, Months)).Append(' ').Append(Invariant(rng.Next(2023, 2026))); break;
            case "weekday": sb.Append(Pick(rng, Weekdays)); break;
            case "time": AppendTime(sb, rng); break;
            case "clock": sb.Append(Clock(rng)); break;
            case "score": sb.Append(Invariant(rng.Next(1, 5))).Append('-').Append(Invariant(rng.Next(0, 2))); break;
            case "date": AppendDate(sb, rng); break;
            case "dateAbs": AppendAbsoluteDate(sb, rng); break;
            case "dateParen": AppendParenDate(sb, rng); break;
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
            < 10 => Ones[value],
            10 => "sepuluh",
            11 => "sebelas",
            < 20 => Ones[value - 10] + " belas",
            _ when value % 10 == 0 => Ones[value / 10] + " puluh",
            _ => string.Concat(Ones[value / 10], " puluh ", Ones[value % 10]),
        };
    }

    private static string Ordinal(DeterministicRandom rng) => rng.Next(6) switch
    {
        0 => "kedua",
        1 => "ketiga",
        2 => "keempat",
        3 => "kelima",
        _ => "ke-" + Invariant(rng.Next(2, 80)),
    };

    private void AppendMoney(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(6))
        {
            case 0:
            case 1:
                sb.Append(Chance(rng, 60) ? "Rp " : "Rp").Append(Decimal(Mantissa(rng))).Append(' ').Append(Chance(rng, 50) ? "triliun" : "miliar");
                break;
            case 2:
                sb.Append("Rp ").Append(Decimal(Mantissa(rng))).Append(" juta");
                break;
            case 3:
                sb.Append("Rp ").Append(Count(NewsNumber(rng, 7, 10)));
                break;
            case 4:
                sb.Append(Chance(rng, 50) ? "US$ " : "US$").Append(Decimal(Mantissa(rng))).Append(' ').Append(Chance(rng, 60) ? "juta" : "miliar");
                break;
            default:
                sb.Append(Decimal(Mantissa(rng))).Append(" miliar rupiah");
                break;
        }
    }

    private void AppendPercent(StringBuilder sb, DeterministicRandom rng)
    {
        var value = Decimal(PercentHundredths(rng));
        sb.Append(value).Append(rng.Next(4) == 0 ? "%" : " persen");
    }

    private void AppendRange(StringBuilder sb, DeterministicRandom rng, int minDigits, int maxDigits)
    {
        var (low, high) = OrderedPair(rng, minDigits, maxDigits);
        switch (rng.Next(5))
        {
            case 0:
                sb.Append(Count(low)).Append('-').Append(Count(high));
                break;
            case 1:
                sb.Append("antara ").Append(Count(low)).Append(" dan ").Append(Count(high));
                break;
            case 2:
                sb.Append("sekitar ").Append(Count(low)).Append(" hingga ").Append(Count(high));
                break;
            case 3:
                sb.Append(Count(low)).Append(" sampai ").Append(Count(high));
                break;
            default:
                sb.Append(Count(low)).Append(" hingga ").Append(Count(high));
                break;
        }
    }

    private static void AppendPhone(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(4))
        {
            case 0:
                sb.Append("08").Append(Invariant(rng.Next(11, 59))).Append('-').Append(Invariant(rng.Next(1000, 10000))).Append('-').Append(Invariant(rng.Next(1000, 10000)));
                break;
            case 1:
                sb.Append("(021) ").Append(Invariant(rng.Next(2000, 8000))).Append(' ').Append(Invariant(rng.Next(1000, 10000)));
                break;
            case 2:
                sb.Append("08").Append(Invariant(rng.Next(11, 59))).Append(Invariant(rng.Next(1_000_000, 10_000_000))).Append(Invariant(rng.Next(10, 100)));
                break;
            default:
                sb.Append("0274-").Append(Invariant(rng.Next(100_000, 1_000_000)));
                break;
        }
    }

    private static string Clock(DeterministicRandom rng) =>
        string.Concat(Invariant(rng.Next(0, 24)).PadLeft(2, '0'), ".", Invariant(rng.Next(0, 12) * 5).PadLeft(2, '0'));

    private static void AppendTime(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(5))
        {
            case 0:
                sb.Append("sekitar pukul ").Append(Clock(rng)).Append(" WIB");
                break;
            case 1:
                sb.Append("pukul ").Append(Clock(rng)).Append(' ').Append(Pick(rng, ["WIB", "WITA", "WIT"]));
                break;
            case 2:
                sb.Append("pukul ").Append(Clock(rng));
                break;
            case 3:
                sb.Append("pukul ").Append(Invariant(rng.Next(1, 12))).Append(' ').Append(Pick(rng, ["pagi", "siang", "sore", "malam"]));
                break;
            default:
                sb.Append("dini hari sekitar pukul 0").Append(Invariant(rng.Next(1, 5))).Append(".").Append(Invariant(rng.Next(10, 60)));
                break;
        }
    }

    /// <summary>A date that reads well after "pada": absolute, house style, a past weekday or week, or a part of a month.</summary>
    private static void AppendDate(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(4))
        {
            case 0: AppendAbsoluteDate(sb, rng); break;
            case 1: AppendParenDate(sb, rng); break;
            case 2: sb.Append(rng.Next(3) switch { 0 => "pekan lalu", 1 => Pick(rng, Weekdays) + " lalu", _ => "akhir pekan lalu" }); break;
            default: AppendFuzzyDate(sb, rng); break;
        }
    }

    /// <summary>"Rabu, 4 Juni 2025", "4 Juni 2025", "4 Juni", "5-7 September 2024".</summary>
    private static void AppendAbsoluteDate(StringBuilder sb, DeterministicRandom rng)
    {
        var date = RandomDate(rng);
        switch (rng.Next(5))
        {
            case 0:
                sb.Append(Weekdays[(int)date.DayOfWeek]).Append(", ").Append(Invariant(date.Day)).Append(' ').Append(Months[date.Month - 1]).Append(' ').Append(Invariant(date.Year));
                break;
            case 1:
            case 2:
                sb.Append(Invariant(date.Day)).Append(' ').Append(Months[date.Month - 1]).Append(' ').Append(Invariant(date.Year));
                break;
            case 3:
                sb.Append(Invariant(date.Day)).Append(' ').Append(Months[date.Month - 1]);
                break;
            default:
                var first = Math.Min(date.Day, 25);
                sb.Append(Invariant(first)).Append('-').Append(Invariant(first + rng.Next(1, 4))).Append(' ').Append(Months[date.Month - 1]).Append(' ').Append(Invariant(date.Year));
                break;
        }
    }

    /// <summary>The national-news house style: "Sabtu (22/3/2025)", "Kamis (6/3)", "Senin (17/3/2025) malam".</summary>
    private static void AppendParenDate(StringBuilder sb, DeterministicRandom rng)
    {
        var date = RandomDate(rng);
        sb.Append(Weekdays[(int)date.DayOfWeek]).Append(" (").Append(Invariant(date.Day)).Append('/').Append(Invariant(date.Month));
        if (Chance(rng, 70))
        {
            sb.Append('/').Append(Invariant(date.Year));
        }

        sb.Append(')');
        if (Chance(rng, 20))
        {
            sb.Append(' ').Append(Pick(rng, ["pagi", "siang", "sore", "malam"]));
        }
    }

    private static void AppendRelativeDate(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(12))
        {
            case 0: sb.Append("kemarin"); break;
            case 1: sb.Append("hari ini"); break;
            case 2: sb.Append("pekan lalu"); break;
            case 3: sb.Append(Pick(rng, Weekdays)).Append(" lalu"); break;
            case 4: sb.Append(Pick(rng, Weekdays)).Append(" pekan lalu"); break;
            case 5: sb.Append("bulan lalu"); break;
            case 6: sb.Append(WordNumber(rng)).Append(" hari lalu"); break;
            case 7: sb.Append("akhir pekan lalu"); break;
            case 8: sb.Append("awal pekan ini"); break;
            case 9: sb.Append(Pick(rng, Weekdays)).Append(" malam"); break;
            case 10: sb.Append("tahun lalu"); break;
            default: sb.Append("dua pekan lalu"); break;
        }
    }

    private static void AppendFuzzyDate(StringBuilder sb, DeterministicRandom rng)
    {
        switch (rng.Next(6))
        {
            case 0: sb.Append("akhir ").Append(Pick(rng, Months)); break;
            case 1: sb.Append("awal ").Append(Pick(rng, Months)).Append(' ').Append(Invariant(rng.Next(2024, 2026))); break;
            case 2: sb.Append("pertengahan ").Append(Pick(rng, Months)); break;
            case 3: sb.Append("akhir ").Append(Invariant(rng.Next(2023, 2026))); break;
            case 4: sb.Append(Pick(rng, Months)).Append(' ').Append(Invariant(rng.Next(2023, 2026))); break;
            default: sb.Append("medio ").Append(Invariant(rng.Next(2023, 2026))); break;
        }
    }
}
