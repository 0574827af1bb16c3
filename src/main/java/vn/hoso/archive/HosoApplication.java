package vn.hoso.archive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HosoApplication {

    public static void main(String[] args) {
        SpringApplication.run(HosoApplication.class, args);
    }
}
