package vn.hoso.archive.preservation.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;

/**
 * {@code ./hoso export --dossier CODE… | --procedure CODE | --from DAY --to DAY --out FILE.zip|FOLDER [--actor NAME]}
 * and {@code ./hoso import-package FILE.zip|FOLDER}: the HTTP calls' work from the command line, on the configured
 * archive. Exports are recorded in the read audit as the actor's, from {@code cli}.
 */
@Component
@ConditionalOnProperty("hoso.preservation.command")
class PreservationCommand implements ApplicationRunner {

    private final PackageScopes scopes;
    private final PackageExporter exporter;
    private final PackageImporter importer;
    private final ConfigurableApplicationContext context;
    private final String command;

    PreservationCommand(PackageScopes scopes, PackageExporter exporter, PackageImporter importer,
                        ConfigurableApplicationContext context,
                        @Value("${hoso.preservation.command}") String command) {
        this.scopes = scopes;
        this.exporter = exporter;
        this.importer = importer;
        this.context = context;
        this.command = command;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        CommandLineRun.thenExit(context, command, () -> {
            switch (command) {
                case "export" -> export(arguments);
                case "import-package" -> importPackage(arguments);
                default -> throw new IllegalArgumentException("unknown preservation command " + command);
            }
        });
    }

    private void export(ApplicationArguments arguments) throws Exception {
        PackageScope scope = scopes.of(arguments.getOptionValues("dossier"), single(arguments, "procedure"),
                day(single(arguments, "from")), day(single(arguments, "to")));
        Path out = Path.of(required(arguments, "out"));
        String actor = arguments.containsOption("actor") ? single(arguments, "actor") : "cli";
        List<DossierRecord> dossiers = exporter.prepare(scope);
        PackageExporter.Exported exported;
        try (BagOutput output = out.toString().endsWith(".zip")
                ? BagOutput.zip(Files.newOutputStream(out)) : BagOutput.folder(Files.createDirectories(out))) {
            exported = exporter.export(scope, dossiers, output, new Actor(actor), "cli");
        }
        System.out.printf("Exported %s to %s: %d dossier(s), %d document(s), %d page(s)%n", exported.label(), out,
                exported.dossiers(), exported.documents(), exported.pages());
    }

    private void importPackage(ApplicationArguments arguments) throws Exception {
        Path bag = Path.of(required(arguments, "package"));
        PackageImporter.Imported imported = Files.isDirectory(bag) ? importer.importFolder(bag) : importer.importZip(bag);
        System.out.printf("Package %s is whole (%d payload files): %d dossier(s), %d original(s) restored, "
                        + "%d already stored%n", bag, imported.payloadFiles(), imported.dossiers(),
                imported.originalsRestored(), imported.originalsAlreadyStored());
    }

    private static String single(ApplicationArguments arguments, String name) {
        List<String> values = arguments.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    private static String required(ApplicationArguments arguments, String name) {
        String value = single(arguments, name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static LocalDate day(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
