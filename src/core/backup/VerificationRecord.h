#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class QSettings;

namespace Berth::Backup {

// The last successful restore drill of a database, kept in QSettings per project (the key is
// the project folder's id) so the Backups page can say "verified 2 days ago".
struct Verification
{
    QDateTime when; // UTC
    QString backupKey; // the object that was restored
    int tables = 0;
    qint64 rows = 0;
};

class VerificationRecord
{
public:
    // `settings` is borrowed and must outlive this object.
    VerificationRecord(QSettings *settings, QString projectId);

    // The id the records of a project folder and destination are kept under (the app and
    // berth-cli share it).
    [[nodiscard]] static QString projectId(const QString &projectFolder,
                                           const QString &destination);

    void record(const QString &database, const Verification &verification);
    [[nodiscard]] std::optional<Verification> last(const QString &database) const;

private:
    [[nodiscard]] QString group(const QString &database) const;

    QSettings *m_settings;
    QString m_projectId;
};

} // namespace Berth::Backup
