/** REST resources of the 科创江苏 cross-check: the import of the list, the flags, the office's decisions. */
package cn.jast.plan.web.kechuang.rest;
