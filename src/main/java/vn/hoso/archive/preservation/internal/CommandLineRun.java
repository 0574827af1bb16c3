package vn.hoso.archive.preservation.internal;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hoso.archive.api.ApiProblem;

/** Runs a command-line task inside the application, then stops it with exit code 0, or 1 and the reason. */
final class CommandLineRun {

    interface Task {
        void run() throws Exception;
    }

    private CommandLineRun() {
    }

    static void thenExit(ConfigurableApplicationContext context, String name, Task task) {
        int exitCode = 1;
        try {
            task.run();
            exitCode = 0;
        } catch (ApiProblem refused) {
            System.err.println(name + " refused: " + refused.code() + " " + java.util.Arrays.toString(refused.arguments()));
        } catch (Exception failure) {
            System.err.println(name + " failed: " + failure);
        } finally {
            int code = exitCode;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
