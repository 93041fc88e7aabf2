package org.gridatlas.data.people.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByCode(String code);

    List<Person> findByGridAreaIdAndRoleAndActiveTrueOrderByCode(Long gridAreaId, PersonRole role);
}
