/** Storage of societies (学会) with their profile facts, mapped from the domain by orm.xml; the profile record as canonical JSON. */
package cn.jast.plan.persistence.society;
