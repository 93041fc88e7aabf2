package org.gridatlas.data.request.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestItemRepository extends JpaRepository<RequestItem, Integer> {

    List<RequestItem> findByActiveTrueOrderBySortOrderAscIdAsc();
}
