package vn.hoso.archive.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** The procedures on offer, read from a tab-separated file (code, field, online level, working days, Vietnamese and English names). */
@Component
public class ProcedureCatalogue {

    private final Map<String, Procedure> byCode;

    ProcedureCatalogue(@Value("${hoso.catalogue.file:classpath:catalogue/procedures.tsv}") Resource file) {
        this.byCode = read(file);
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
        if (cells.length != 6) {
            throw new IllegalStateException("Procedure catalogue " + file + " line " + lineNumber + ": expected 6 columns");
        }
        return new Procedure(cells[0].strip(), cells[4].strip(), cells[5].strip(), cells[1].strip(),
                Procedure.OnlineLevel.valueOf(cells[2].strip()), Integer.parseInt(cells[3].strip()));
    }
}
