package vn.hoso.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.digitization.DigitizationFailure;

/** Every text a user can see has a Vietnamese and an English entry, and every problem code used in the code has one. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern PROBLEM_CODE =
            Pattern.compile("(?:ApiProblem\\.\\w+\\(|problem\\(HttpStatus\\.\\w+, |new ImportRefusal\\()\"([A-Z0-9_]+)\"");

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("messages.properties")).isEqualTo(keys("messages_en.properties"));
    }

    @Test
    void everyProblemCodeInTheCodeHasAMessage() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = PROBLEM_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add("problem." + matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys("messages.properties")).containsAll(used);
    }

    @Test
    void everyDigitizationFailureHasAMessage() throws IOException {
        Set<String> failures = new TreeSet<>();
        for (DigitizationFailure failure : DigitizationFailure.values()) {
            failures.add("problem." + failure.name());
        }
        assertThat(keys("messages.properties")).containsAll(failures);
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
