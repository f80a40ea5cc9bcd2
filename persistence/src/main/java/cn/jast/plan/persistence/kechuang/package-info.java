/** Storage of the 科创江苏 cross-check (LIMIT-5, II.3.5): the imported list of each plan year and the flags of matching applications. */
package cn.jast.plan.persistence.kechuang;
