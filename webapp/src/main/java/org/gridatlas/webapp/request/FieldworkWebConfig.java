package org.gridatlas.webapp.request;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Settings of the field-work feature (its own properties file keeps application.properties untouched). */
@Configuration
@PropertySource("classpath:fieldwork.properties")
class FieldworkWebConfig {

    @Bean
    OpenAPI gridAtlasOpenApi() {
        return new OpenAPI().info(new Info().title("GridAtlas API").version("v1")
                .description("网格治理一张图：诉求闭环、走访、矛盾纠纷。Bearer token or HTTP Basic; data scoped to the caller's area."));
    }
}
