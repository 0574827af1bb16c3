package vn.hoso.archive.digitization.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoso.archive.digitization.DigitizationProperties;

@Configuration(proxyBeanMethods = false)
class OcrConfiguration {

    @Bean
    OcrModels ocrModels(DigitizationProperties properties) {
        return new OcrModels(properties.modelsDir());
    }

    @Bean(destroyMethod = "close")
    TesseractOcrEngine ocrEngine(OcrModels models, DigitizationProperties properties) {
        return new TesseractOcrEngine(models, properties.dpi());
    }

    @Bean
    PageImages pageImages(DigitizationProperties properties) {
        return new PageImages(properties.dpi(), new PixelLimit(properties.maxPagePixels()));
    }
}
