package vn.hoso.archive.digitization.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;

/** {@code ./hoso import DIR}: runs {@link BatchImportRun} on the folder, then stops the application with its exit code. */
@Component
@ConditionalOnProperty("hoso.import.dir")
class ImportCommand implements ApplicationRunner {

    private final BatchImportRun batchImport;
    private final ConfigurableApplicationContext context;
    private final Path folder;
    private final Actor actor;

    ImportCommand(BatchImportRun batchImport, ConfigurableApplicationContext context,
                  @Value("${hoso.import.dir}") Path folder, @Value("${hoso.import.actor:system:import}") String actor) {
        this.batchImport = batchImport;
        this.context = context;
        this.folder = folder;
        this.actor = new Actor(actor);
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        int exitCode = batchImport.run(folder, actor, System.out, System.err, System.console() != null);
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
