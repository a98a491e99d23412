package org.provisionlens.dashboards;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend from its webjar: the stylesheet and script under {@code /govuk/}, and its fonts and images
 * under {@code /assets/}, the path its stylesheet refers to them by.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String GOVUK_FRONTEND = "classpath:/META-INF/resources/webjars/govuk-frontend/5.11.0/dist/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/govuk/**").addResourceLocations(GOVUK_FRONTEND);
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK_FRONTEND + "assets/");
    }
}
