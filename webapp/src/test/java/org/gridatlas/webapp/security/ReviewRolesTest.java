package org.gridatlas.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

class ReviewRolesTest {

    @Test
    void the_review_api_admits_exactly_the_roles_of_the_review_screen() throws Exception {
        RolesAllowed screen = Class.forName("org.gridatlas.webapp.review.ui.ReviewView").getAnnotation(RolesAllowed.class);
        assertThat(screen).as("ReviewView carries @RolesAllowed").isNotNull();
        assertThat(SecurityConfig.REVIEW_ROLES).containsExactlyInAnyOrder(screen.value());
    }
}
