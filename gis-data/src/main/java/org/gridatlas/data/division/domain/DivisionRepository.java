package org.gridatlas.data.division.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DivisionRepository extends JpaRepository<Division, String> {

    List<Division> findByParentCodeOrderByCode(String parentCode);

    List<Division> findByCountyCodeAndLevelOrderByCode(String countyCode, DivisionLevel level);
}
