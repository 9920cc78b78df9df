package cn.gov.zhangping.fertility.contracts.childcare;

/** ACTIVE while the child attends; ENDED when it turned 3 or the nursery closed; WITHDRAWN by the family. */
public enum EnrolmentStatus {
    ACTIVE, ENDED, WITHDRAWN
}
