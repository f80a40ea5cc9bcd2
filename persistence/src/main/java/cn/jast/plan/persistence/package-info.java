/** Storage of the plan's aggregates with JPA (EclipseLink) on embedded Derby, a Derby network server or PostgreSQL. */
package cn.jast.plan.persistence;
