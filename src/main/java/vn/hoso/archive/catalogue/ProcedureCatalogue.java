package vn.hoso.archive.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** The procedures on offer, read from a tab-separated file described in {@code catalogue/README.md}. */
@Component
public class ProcedureCatalogue {

    private static final int COLUMNS = 9;

    private volatile Map<String, Procedure> byCode;

    ProcedureCatalogue(@Value("${hoso.catalogue.file:classpath:catalogue/procedures.tsv}") Resource file) {
        this.byCode = read(file);
    }

    /** Adds procedures, replacing any with the same code. */
    public synchronized void importProcedures(List<Procedure> procedures) {
        Map<String, Procedure> updated = new LinkedHashMap<>(byCode);
        procedures.forEach(procedure -> updated.put(procedure.code(), procedure));
        byCode = updated;
    }

    public Optional<Procedure> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public List<Procedure> all() {
        return List.copyOf(byCode.values());
    }

    private static Map<String, Procedure> read(Resource file) {
        Map<String, Procedure> procedures = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    Procedure procedure = parse(line, lineNumber, file);
                    procedures.put(procedure.code(), procedure);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the procedure catalogue " + file, e);
        }
        return procedures;
    }

    private static Procedure parse(String line, int lineNumber, Resource file) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS) {
            throw new IllegalStateException("Procedure catalogue " + file + " line " + lineNumber + ": expected "
                    + COLUMNS + " tab-separated columns, found " + cells.length);
        }
        List<String> documents = Arrays.stream(cells[7].split(";")).map(String::strip).filter(d -> !d.isEmpty()).toList();
        return new Procedure(cells[0].strip(), cells[5].strip(), cells[6].strip(), cells[1].strip(),
                Procedure.OnlineLevel.valueOf(cells[2].strip()), Integer.parseInt(cells[3].strip()),
                Boolean.parseBoolean(cells[4].strip()), documents, cells[8].strip());
    }
}
