/** Storage of review (评审): expert assignments and scores (unique per application and expert), and allocation outcomes. */
package cn.jast.plan.persistence.review;
