/** Societies (学会) and the profile facts about them that the eligibility and condition rules read. */
package cn.jast.plan.domain.society;
