/** Storage of public notices (公示) and objections (异议), mapped from the domain by orm.xml. */
package cn.jast.plan.persistence.publicity;
