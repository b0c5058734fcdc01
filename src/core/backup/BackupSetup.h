#pragma once

#include "core/kamal/KamalConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Berth::Backup {

// Everything Berth needs to list, take, restore and verify the backups of one
// postgres-backup-s3 accessory (reference/kamal.md §6), read from its env in deploy.yml with
// the secrets resolved. Holds secret values: keep it in memory only, hand it to workers by
// value, and redact with secretValues().
struct BackupSetup
{
    QString accessoryName; // e.g. "backup"
    QString containerName; // the accessory's service name, e.g. "app-backup"
    QString host; // the first host it runs on: where `docker exec` goes
    QString image;

    QString database; // POSTGRES_DATABASE
    QString postgresHost; // POSTGRES_HOST as written
    QString postgresPort = QStringLiteral("5432");
    QString postgresUser;
    QString postgresPassword;
    QString postgresAccessoryName; // the accessory POSTGRES_HOST names; empty if none
    QString postgresContainerName;
    QString postgresImage;

    QString s3Endpoint; // empty: AWS
    QString s3Bucket;
    QString s3Prefix;
    QString s3Region = QStringLiteral("us-west-1"); // the image's default
    QString s3AccessKeyId;
    QString s3SecretAccessKey;

    QString schedule; // SCHEDULE; empty: the container backs up once and exits
    QString keepDays; // BACKUP_KEEP_DAYS
    QString passphrase; // PASSPHRASE; non-empty: backups are .dump.gpg

    QStringList problems; // what stops Berth from using it (one sentence each)
    QStringList warnings; // what works but deserves attention

    [[nodiscard]] bool isUsable() const { return problems.isEmpty(); }
    [[nodiscard]] bool encrypted() const { return !passphrase.isEmpty(); }
    // The secret values this setup holds, by variable name, for a Secrets::Redactor.
    [[nodiscard]] QHash<QString, QString> secretValues() const;
};

struct BackupDiscovery
{
    QList<BackupSetup> setups; // one per backup accessory, in file order
    QString message; // why there is none, when setups is empty
};

class BackupDiscoverer
{
    Q_DECLARE_TR_FUNCTIONS(BackupDiscoverer)

public:
    // Images known to speak postgres-backup-s3's contract (repository names, any tag).
    [[nodiscard]] static QStringList knownImages();
    [[nodiscard]] static bool isBackupImage(const QString &image,
                                            const QStringList &compatibleImages = {});

    // Finds the backup accessories of `config` and reads their settings. `secrets` are the
    // resolved values of the secrets deploy.yml names (.kamal/secrets); `compatibleImages`
    // are repositories the user marked as compatible.
    [[nodiscard]] static BackupDiscovery discover(const Kamal::KamalConfig &config,
                                                  const Kamal::SecretValues &secrets,
                                                  const QStringList &compatibleImages = {});
};

} // namespace Berth::Backup
