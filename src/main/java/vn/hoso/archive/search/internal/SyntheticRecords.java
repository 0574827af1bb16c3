package vn.hoso.archive.search.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.hoso.archive.access.Sensitivity;
import vn.hoso.archive.dossier.DossierStatus;

/**
 * Seeded, realistic Vietnamese archive records for the search benchmark: applicants with common family, middle and
 * given names, the commune's villages, land and civil-status wording with parcel, map sheet and certificate numbers,
 * and now and then a diacritic lost or a letter misread as OCR does.
 */
final class SyntheticRecords {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Xuân", "Thu"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Đào", "Hải", "Hà", "Hạnh", "Hùng", "Lan", "Linh", "Long",
            "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến", "Khánh", "Lâm"};
    static final String[] VILLAGES = {"Thanh Thùy", "Bích Hòa", "Tam Hưng", "Cự Khê", "Đỗ Động", "Kim An", "Mỹ Hưng",
            "Cao Viên", "Thanh Cao", "Bình Minh", "Dân Hòa", "Phương Trung"};
    static final String[] LAND_PROCEDURES = {"LAND-FIRST-CERT", "LAND-CONSOLIDATION", "LAND-CHANGE-REGISTRATION",
            "LAND-CERT-CORRECTION", "LAND-ORIGIN-CONFIRMATION", "LAND-CERT-REISSUE"};
    static final String[] CIVIL_PROCEDURES = {"CIVIL-BIRTH", "CIVIL-DEATH", "CIVIL-MARRIAGE", "CIVIL-MARITAL-STATUS"};
    private static final String[] LAND_SENTENCES = {
            "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất.",
            "Thửa đất số %1$d, tờ bản đồ số %2$d, diện tích %3$d m², hình thức sử dụng: riêng.",
            "Mục đích sử dụng: đất ở tại nông thôn; thời hạn sử dụng: lâu dài; nguồn gốc: Nhà nước giao đất có thu tiền.",
            "Người sử dụng đất: Ông/Bà %4$s, số định danh cá nhân %5$s, thường trú tại thôn %6$s, xã Thanh Oai.",
            "Biên bản xác minh nguồn gốc và quá trình sử dụng đất, có xác nhận của trưởng thôn %6$s.",
            "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất do chuyển nhượng quyền sử dụng đất.",
            "Số vào sổ cấp giấy chứng nhận CS %7$05d, cấp ngày %8$d tháng %9$d năm %10$d.",
            "Sơ đồ thửa đất kèm theo, các cạnh tiếp giáp đường thôn và mương thủy lợi nội đồng."};
    private static final String[] CIVIL_SENTENCES = {
            "Tờ khai đăng ký khai sinh cho cháu %4$s, sinh ngày %8$d tháng %9$d năm %10$d tại thôn %6$s.",
            "Giấy chứng tử: ông/bà %4$s, số định danh cá nhân %5$s, đã chết ngày %8$d tháng %9$d năm %10$d.",
            "Giấy xác nhận tình trạng hôn nhân cấp cho %4$s, cư trú tại thôn %6$s, xã Thanh Oai.",
            "Trích lục đăng ký kết hôn, quyển số %2$d, số %1$d, Ủy ban nhân dân xã Thanh Oai."};
    private static final String[] COMMON_SENTENCES = {
            "Ủy ban nhân dân xã Thanh Oai, huyện Thanh Oai, thành phố Hà Nội.",
            "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc.",
            "Hồ sơ đã được tiếp nhận tại bộ phận một cửa và chuyển cán bộ địa chính thẩm định.",
            "Người làm đơn cam đoan những nội dung kê khai trên là đúng sự thật."};
    private static final String[] STATUSES = {DossierStatus.RESULT_RETURNED.name(), DossierStatus.ARCHIVED.name(),
            DossierStatus.IN_PROGRESS.name(), DossierStatus.RESULT_ISSUED.name()};
    private static final String[] CHANNELS = {"ONLINE", "DIRECT", "DIRECT", "ONLINE", "POST", "ASSISTED"};
    private static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long FIRST_DAY = Instant.parse("1995-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_DAY = Instant.parse("2025-11-30T00:00:00Z").getEpochSecond();

    private final Random random;

    SyntheticRecords(long seed) {
        this.random = new Random(seed);
    }

    String name() {
        return pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN);
    }

    String citizenId() {
        return String.format("001%09d", random.nextInt(1_000_000_000));
    }

    String village() {
        return pick(VILLAGES);
    }

    /** One dossier and its pages ({@code pages} of them), as the indexer would have written them. */
    List<IndexedPage> dossier(int number, int pages) {
        boolean civil = random.nextInt(5) == 0;
        String procedure = civil ? pick(CIVIL_PROCEDURES) : pick(LAND_PROCEDURES);
        Instant receivedAt = Instant.ofEpochSecond(FIRST_DAY + (long) (random.nextDouble() * (LAST_DAY - FIRST_DAY)));
        String name = name();
        String village = village();
        DossierFields fields = new DossierFields(procedure, civil ? "civil_status" : "land", pick(STATUSES),
                pick(CHANNELS), village, receivedAt.toString(), receivedAt.atZone(OFFICE).getYear(),
                String.format("HOP-%04d", number / 50), (civil ? Sensitivity.PERSONAL : Sensitivity.ORDINARY).name(), name,
                VietnameseFolding.fold(name), citizenId());
        String dossierId = String.format("THANHOAI-%s-%06d", receivedAt.atZone(OFFICE).toLocalDate().toString()
                .replace("-", "").substring(2), number);
        List<IndexedPage> result = new ArrayList<>(pages);
        for (int page = 1; page <= pages; page++) {
            String text = VietnameseFolding.nfc(pageText(civil ? CIVIL_SENTENCES : LAND_SENTENCES, fields));
            result.add(new IndexedPage(IndexedPage.idOf(dossierId + "-scan", page), dossierId, fields, dossierId + "-scan",
                    page, 70 + random.nextInt(30), text, VietnameseFolding.fold(text)));
        }
        return result;
    }

    private String pageText(String[] specific, DossierFields fields) {
        StringBuilder text = new StringBuilder();
        text.append(pick(COMMON_SENTENCES)).append('\n');
        int sentences = 6 + random.nextInt(6);
        for (int i = 0; i < sentences; i++) {
            String sentence = String.format(random.nextInt(4) == 0 ? pick(COMMON_SENTENCES) : pick(specific),
                    1 + random.nextInt(900), 1 + random.nextInt(60), 40 + random.nextInt(900), fields.applicantName(),
                    fields.citizenId(), fields.village(), random.nextInt(99999), 1 + random.nextInt(28),
                    1 + random.nextInt(12), 1960 + random.nextInt(65));
            text.append(random.nextInt(8) == 0 ? misread(sentence) : sentence).append(' ');
        }
        return text.toString();
    }

    /** A diacritic dropped or a letter misread, as OCR of an old page does. */
    private String misread(String sentence) {
        int at = random.nextInt(sentence.length());
        char c = sentence.charAt(at);
        char replacement = Character.isLetter(c) ? VietnameseFolding.fold(String.valueOf(c)).charAt(0) : c;
        if (replacement == c && c == 'n') {
            replacement = 'u';
        }
        return sentence.substring(0, at) + replacement + sentence.substring(at + 1);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
