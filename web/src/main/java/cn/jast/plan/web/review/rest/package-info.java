/** REST resources for review, scores and allocation. */
package cn.jast.plan.web.review.rest;
