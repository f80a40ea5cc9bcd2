/** The database: the data source from a JDBC URL in configuration, and the schema migration at start-up. */
package cn.jast.plan.web.database;
