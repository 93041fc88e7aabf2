package org.gridatlas.data.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.Hibernate;

/** One entry of the request catalogue (村官代办三十条 by default), editable by administrators. */
@Entity
@Table(name = "request_item")
public class RequestItem {

    public static final int CATEGORY_LENGTH = 32;
    public static final int ITEM_LENGTH = 64;

    /** {@code integer}, not {@code bigint}: the catalogue is small. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "category", length = CATEGORY_LENGTH, nullable = false)
    private String category;

    @Column(name = "item", length = ITEM_LENGTH, nullable = false)
    private String item;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected RequestItem() {
    }

    public RequestItem(String category, String item, int sortOrder) {
        this.category = Objects.requireNonNull(category, "category");
        this.item = Objects.requireNonNull(item, "item");
        this.sortOrder = sortOrder;
    }

    public Integer getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = Objects.requireNonNull(category, "category");
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = Objects.requireNonNull(item, "item");
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(((RequestItem) other).getId());
    }

    @Override
    public final int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }

    @Override
    public String toString() {
        return "RequestItem#" + id + "[" + category + "/" + item + "]";
    }
}
