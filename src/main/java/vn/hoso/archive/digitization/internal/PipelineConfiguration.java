package vn.hoso.archive.digitization.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoso.archive.digitization.DigitizationProperties;

@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    /** The threads that recognize pages; each keeps its own Tesseract handle. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService ocrThreads(DigitizationProperties properties) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(properties.effectiveOcrThreads(), task -> {
            Thread thread = new Thread(task, "ocr-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
