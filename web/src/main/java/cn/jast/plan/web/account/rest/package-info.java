/** REST resources of the office's account care. */
package cn.jast.plan.web.account.rest;
