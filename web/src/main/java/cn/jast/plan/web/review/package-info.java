/** Application service for review: starting it, expert assignments and scores, allocation within the quotas. */
package cn.jast.plan.web.review;
