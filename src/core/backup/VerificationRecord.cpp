#include "core/backup/VerificationRecord.h"

#include "core/secrets/SecretsResolver.h"

#include <QSettings>
#include <QTimeZone>
#include <QUrl>

namespace Berth::Backup {

VerificationRecord::VerificationRecord(QSettings *settings, QString projectId)
    : m_settings(settings)
    , m_projectId(std::move(projectId))
{ }

QString VerificationRecord::projectId(const QString &projectFolder, const QString &destination)
{
    return Secrets::projectId(projectFolder) + QLatin1Char('/')
        + (destination.isEmpty() ? QStringLiteral("_") : destination);
}

QString VerificationRecord::group(const QString &database) const
{
    // Percent-encoded: a database name may hold '/', which QSettings reads as a subgroup.
    return QStringLiteral("backups/%1/%2")
        .arg(m_projectId,
             QString::fromLatin1(QUrl::toPercentEncoding(database))
                 .replace(QLatin1Char('%'), QLatin1Char('_')));
}

void VerificationRecord::record(const QString &database, const Verification &verification)
{
    m_settings->beginGroup(group(database));
    m_settings->setValue(QStringLiteral("verifiedAt"),
                         verification.when.toUTC().toString(Qt::ISODate));
    m_settings->setValue(QStringLiteral("backupKey"), verification.backupKey);
    m_settings->setValue(QStringLiteral("tables"), verification.tables);
    m_settings->setValue(QStringLiteral("rows"), verification.rows);
    m_settings->endGroup();
    m_settings->sync();
}

std::optional<Verification> VerificationRecord::last(const QString &database) const
{
    m_settings->beginGroup(group(database));
    Verification verification;
    verification.when = QDateTime::fromString(
        m_settings->value(QStringLiteral("verifiedAt")).toString(), Qt::ISODate);
    verification.backupKey = m_settings->value(QStringLiteral("backupKey")).toString();
    verification.tables = m_settings->value(QStringLiteral("tables")).toInt();
    verification.rows = m_settings->value(QStringLiteral("rows")).toLongLong();
    m_settings->endGroup();
    if (!verification.when.isValid())
        return std::nullopt;
    verification.when.setTimeZone(QTimeZone::utc());
    return verification;
}

} // namespace Berth::Backup
