/** Inspections of projects (日常督查, 专项检查) as stored, with their findings. */
package cn.jast.plan.persistence.supervision;
