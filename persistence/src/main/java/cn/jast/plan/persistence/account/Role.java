package cn.jast.plan.persistence.account;

/** What an account may do: a society's staff, the programme office, an expert reviewer (GUIDE-2021.md, actors). */
public enum Role {
    SOCIETY,
    OFFICE,
    EXPERT
}
