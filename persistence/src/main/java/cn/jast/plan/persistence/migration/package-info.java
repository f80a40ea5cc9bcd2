/** Versioned SQL migrations per dialect (Derby, PostgreSQL) and the runner that applies them at start-up. */
package cn.jast.plan.persistence.migration;
