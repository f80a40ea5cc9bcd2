/**
 * The 科创江苏 cross-check (LIMIT-5, II.3.5): the office's import of the 2021 科创江苏 list (CSV rows into
 * entries), the normalisation of titles and society names, the matching rule, and the flag that holds an
 * application's review until the office decides.
 */
package cn.jast.plan.domain.kechuang;
