/** Review (评审): expert assignments and scores, and allocation of the quota places by score. */
package cn.jast.plan.domain.review;
