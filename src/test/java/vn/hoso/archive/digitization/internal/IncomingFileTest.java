package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IncomingFileTest {

    @Test
    void aPathInAFileNameIsReducedToItsLastSegment() {
        assertThat(IncomingFile.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(IncomingFile.displayName("C:\\scans\\hop-1\\trang 1.png")).isEqualTo("trang 1.png");
        assertThat(IncomingFile.displayName("..")).isEqualTo("unnamed");
        assertThat(IncomingFile.displayName("a\u0000b\nc.png")).isEqualTo("abc.png");
        assertThat(IncomingFile.displayName(null)).isEqualTo("unnamed");
    }

    @Test
    void computesTheSha256OfWhatItReceived() throws Exception {
        IncomingFile file = IncomingFile.receive(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), "a.txt");
        try {
            assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(file.sizeBytes()).isEqualTo(3);
        } finally {
            file.delete();
        }
    }
}
