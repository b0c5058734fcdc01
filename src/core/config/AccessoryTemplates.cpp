#include "core/config/AccessoryTemplates.h"

namespace Berth::Config {

QList<AccessoryTemplate> AccessoryTemplates::all()
{
    return {
        {QStringLiteral("postgres"), QStringLiteral("db"), tr("PostgreSQL 16"),
         tr("A database with its data directory, reachable only from its server.")},
        {QStringLiteral("backup"), QStringLiteral("backup"), tr("Postgres backups to S3"),
         tr("postgres-backup-s3: a GPG-encrypted dump every day to S3, R2 or MinIO, kept 14 "
            "days.")},
        {QStringLiteral("redis"), QStringLiteral("redis"), tr("Redis 7"),
         tr("A cache or job queue with its data directory, reachable only from its server.")},
        {QStringLiteral("mysql"), QStringLiteral("mysql"), tr("MySQL 8"),
         tr("A database with its data directory, reachable only from its server.")},
    };
}

QString AccessoryTemplates::block(const QString &id, const QString &service,
                                  const QString &hostText)
{
    const QString host = QStringLiteral("host: ") + hostText + QLatin1Char('\n');
    if (id == QLatin1String("postgres"))
        return QStringLiteral("image: postgres:16\n") + host
            + QStringLiteral(
                  "# Only reachable from the server itself: published ports bypass firewalls.\n"
                  "port: \"127.0.0.1:5432:5432\"\n"
                  "env:\n"
                  "  clear:\n"
                  "    POSTGRES_DB: %1_production\n"
                  "    POSTGRES_USER: %1\n"
                  "  secret:\n"
                  "    - POSTGRES_PASSWORD\n"
                  "directories:\n"
                  "  - data:/var/lib/postgresql/data\n")
                  .arg(service);
    if (id == QLatin1String("backup"))
        return QStringLiteral("image: eeshugerman/postgres-backup-s3:16\n") + host
            + QStringLiteral("env:\n"
                             "  clear:\n"
                             "    SCHEDULE: \"@daily\"\n"
                             "    BACKUP_KEEP_DAYS: \"14\"\n"
                             "    S3_REGION: <%= ENV.fetch(\"S3_REGION\", \"auto\") %>\n"
                             "    S3_ENDPOINT: <%= ENV[\"S3_ENDPOINT\"] %>\n"
                             "    S3_BUCKET: %1-backups\n"
                             "    S3_PREFIX: postgres\n"
                             "    POSTGRES_HOST: %1-db\n"
                             "    POSTGRES_DATABASE: %1_production\n"
                             "    POSTGRES_USER: %1\n"
                             "  secret:\n"
                             "    - POSTGRES_PASSWORD\n"
                             "    - S3_ACCESS_KEY_ID\n"
                             "    - S3_SECRET_ACCESS_KEY\n"
                             "    - PASSPHRASE\n")
                  .arg(service);
    if (id == QLatin1String("redis"))
        return QStringLiteral("image: redis:7\n") + host
            + QStringLiteral("port: \"127.0.0.1:6379:6379\"\n"
                             "directories:\n"
                             "  - data:/data\n");
    if (id == QLatin1String("mysql"))
        return QStringLiteral("image: mysql:8.0\n") + host
            + QStringLiteral("port: \"127.0.0.1:3306:3306\"\n"
                             "env:\n"
                             "  clear:\n"
                             "    MYSQL_DATABASE: %1_production\n"
                             "    MYSQL_USER: %1\n"
                             "  secret:\n"
                             "    - MYSQL_ROOT_PASSWORD\n"
                             "    - MYSQL_PASSWORD\n"
                             "directories:\n"
                             "  - data:/var/lib/mysql\n")
                  .arg(service);
    return {};
}

} // namespace Berth::Config
