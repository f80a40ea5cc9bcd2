/** REST resources for funding decisions and project ledgers. */
package cn.jast.plan.web.funding.rest;
