package org.gridatlas.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestCatalogueTest {

    @Test
    void the_catalogue_has_thirty_items_in_eight_classes() {
        assertThat(RequestCatalogue.ITEMS).hasSize(30);
        assertThat(RequestCatalogue.ITEMS.stream().map(RequestCatalogue.Item::category).distinct())
                .containsExactly("民政和社会保障", "计生服务", "建房与林木", "矛盾纠纷", "兵役登记", "灵活就业", "社保参保", "其他");
        assertThat(RequestCatalogue.ITEMS.stream().map(RequestCatalogue.Item::item).distinct()).hasSize(30);
        assertThat(RequestCatalogue.ITEMS.get(0).id()).isEqualTo(1);
    }
}
