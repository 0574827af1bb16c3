package vn.hoso.archive.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObjectKeyTest {

    @Test
    void originalsAreAddressedBySha256InTwoLevelsOfFolders() {
        String sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(ObjectKey.original(sha).value()).isEqualTo("originals/ba/78/" + sha);
    }

    @Test
    void refusesKeysThatCouldEscapeTheStore() {
        assertThatThrownBy(() -> new ObjectKey("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ObjectKey("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ObjectKey("a/../../b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObjectKey.original("not-a-hash")).isInstanceOf(IllegalArgumentException.class);
    }
}
