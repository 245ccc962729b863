using Discrepancy.Tests.Support;
using static Discrepancy.Tests.Support.Normalize;

namespace Discrepancy.Tests.Normalization;

/// <summary>Whole paragraphs, approved as JSON (Verify file convention: ParagraphApprovalTests.Method.verified.json).</summary>
public sealed class ParagraphApprovalTests
{
    [Fact]
    public void Indonesian_news_paragraph()
    {
        const string text = """
            JAKARTA, Harian Contoh - Sabtu (22/3/2025). Menurut pejabat intelijen Korea Selatan, Pyongyang telah mengirim sekitar 10.000 hingga 12.000 tentara ke Rusia pada musim gugur tahun lalu. Badan intelijen itu pada 27 Februari menyebut gelombang baru berjumlah antara 1.000 dan 3.000 prajurit.
            Kim Jong Un menerima Sergei Shoigu di Pyongyang pada Jumat lalu, pukul 10.00 waktu setempat. Korea Utara juga disebut memasok jutaan peluru kaliber 122 mm dan 152 mm, dan mungkin mengerahkan hingga 100.000 tentara bila aliansi makin erat.
            Baca Juga: Seleksi Majelis Wali Amanat periode 2025-2030 (hubungi 0821-4455-7788)
            """;
        Approvals.VerifyJson(ClaimJson.Serialize(Read(text, "id", "2025-03-22")), nameof(ParagraphApprovalTests));
    }

    [Fact]
    public void English_news_paragraph()
    {
        const string text = """
            BELGRADE, Saturday 15 March 2025, 10:20 CET - Thousands of students who marched to Belgrade were welcomed on Friday night. The interior ministry said about 31,000 people had gathered, while President Aleksandar Vucic said the authorities expected 60,000 to 80,000 protesters.
            The last big rally, on 22 December, drew some 100,000 people. Fifteen people were killed when the canopy collapsed on Nov. 1; the rally is due to begin at 4 p.m. and is billed "15 for 15". Prices rose from 10 percent to 12 percent last month.
            """;
        Approvals.VerifyJson(ClaimJson.Serialize(Read(text, "en", "2025-03-15")), nameof(ParagraphApprovalTests));
    }

    [Fact]
    public void Malay_news_paragraph()
    {
        const string text = """
            KUALA LUMPUR: Ahad, 31 Ogos 2025 | 8:30 pagi - Perarakan Hari Kebangsaan ke-68 disaksikan puluhan ribu orang. Kerajaan memperuntukkan RM2.3 bilion untuk subsidi elektrik, kata menteri semalam.
            Lebih daripada 80,000 peserta menyertai larian amal di Putrajaya pada minggu lepas, manakala kira-kira 10,000 hingga 12,000 askar dikerahkan sejak akhir Januari.
            """;
        Approvals.VerifyJson(ClaimJson.Serialize(Read(text, "ms", "2025-08-31")), nameof(ParagraphApprovalTests));
    }
}
