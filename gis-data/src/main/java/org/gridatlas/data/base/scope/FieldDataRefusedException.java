package org.gridatlas.data.base.scope;

/** The user's role views field data but records none (the county leader reads; the administrator manages accounts). */
public class FieldDataRefusedException extends RuntimeException {

    public FieldDataRefusedException(String role) {
        super("您的角色（" + role + "）只能查看，不能录入或办理走访、诉求和矛盾纠纷 / your role views field data but records none");
    }
}
