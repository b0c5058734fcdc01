#include "core/backup/BackupSetup.h"

#include <optional>

namespace Berth::Backup {

namespace {

// "registry:5000/owner/name:tag@sha256:…" → "owner/name" (Docker Hub's "docker.io/" and
// "library/" dropped), so a mirror or a private copy of the image is still recognised.
QString repositoryOf(QString image)
{
    image = image.trimmed();
    if (const qsizetype at = image.indexOf(QLatin1Char('@')); at >= 0)
        image.truncate(at);
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    if (const qsizetype colon = image.lastIndexOf(QLatin1Char(':')); colon > slash)
        image.truncate(colon);
    QStringList parts = image.split(QLatin1Char('/'));
    const QString &first = parts.constFirst();
    if (parts.size() > 1
        && (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))
            || first == QLatin1String("localhost")))
        parts.removeFirst();
    if (parts.size() > 1 && parts.constFirst() == QLatin1String("library"))
        parts.removeFirst();
    return parts.join(QLatin1Char('/')).toLower();
}

// The env of one accessory, clear values and resolved secrets by variable name.
class EnvReader
{
public:
    EnvReader(const Kamal::Env &env, const Kamal::SecretValues &secrets)
    {
        for (const Kamal::Argument &argument : env.clear)
            m_clear.insert(argument.key, argument.value);
        for (const QString &entry : env.secrets) {
            // NAME:SECRET_KEY puts secret SECRET_KEY into variable NAME (as Kamal does).
            const qsizetype colon = entry.indexOf(QLatin1Char(':'));
            const QString name = colon < 0 ? entry : entry.left(colon);
            const QString key = colon < 0 ? entry : entry.mid(colon + 1);
            m_secretKeys.insert(name, key);
            if (secrets.contains(key))
                m_secret.insert(name, secrets.value(key));
        }
    }

    [[nodiscard]] bool isSecret(const QString &name) const { return m_secretKeys.contains(name); }
    [[nodiscard]] QString secretKey(const QString &name) const { return m_secretKeys.value(name); }
    // Secrets win over clear values: Kamal writes the env file after the clear --env flags,
    // and Docker lets the later one win.
    [[nodiscard]] std::optional<QString> value(const QString &name) const
    {
        if (m_secret.contains(name))
            return m_secret.value(name);
        if (isSecret(name))
            return std::nullopt; // named as a secret, but not resolved
        if (m_clear.contains(name))
            return m_clear.value(name);
        return std::nullopt;
    }
    [[nodiscard]] bool missingSecret(const QString &name) const
    {
        return isSecret(name) && !m_secret.contains(name);
    }

private:
    QHash<QString, QString> m_clear;
    QHash<QString, QString> m_secret;
    QHash<QString, QString> m_secretKeys;
};

} // namespace

QHash<QString, QString> BackupSetup::secretValues() const
{
    QHash<QString, QString> values;
    const auto add = [&values](const char *name, const QString &value) {
        if (!value.isEmpty())
            values.insert(QLatin1String(name), value);
    };
    add("POSTGRES_PASSWORD", postgresPassword);
    add("S3_ACCESS_KEY_ID", s3AccessKeyId);
    add("S3_SECRET_ACCESS_KEY", s3SecretAccessKey);
    add("PASSPHRASE", passphrase);
    return values;
}

QStringList BackupDiscoverer::knownImages()
{
    return {QStringLiteral("eeshugerman/postgres-backup-s3"),
            QStringLiteral("berth/postgres-backup-s3")};
}

bool BackupDiscoverer::isBackupImage(const QString &image, const QStringList &compatibleImages)
{
    const QString repository = repositoryOf(image);
    if (repository.isEmpty())
        return false;
    const QStringList candidates = knownImages() + compatibleImages;
    for (const QString &candidate : candidates) {
        if (repositoryOf(candidate) == repository)
            return true;
    }
    return false;
}

BackupDiscovery BackupDiscoverer::discover(const Kamal::KamalConfig &config,
                                           const Kamal::SecretValues &secrets,
                                           const QStringList &compatibleImages)
{
    BackupDiscovery discovery;
    for (const Kamal::Accessory &accessory : config.accessories) {
        if (!isBackupImage(accessory.image, compatibleImages))
            continue;
        const EnvReader env(accessory.env, secrets);
        BackupSetup setup;
        setup.accessoryName = accessory.name;
        setup.containerName = accessory.serviceName;
        setup.image = accessory.image;
        if (accessory.hosts.isEmpty())
            setup.problems << tr("The accessory “%1” runs on no host.").arg(accessory.name);
        else
            setup.host = accessory.hosts.constFirst();
        if (accessory.hosts.size() > 1)
            setup.warnings << tr("The accessory “%1” runs on %2 hosts; Berth uses the first, %3.")
                                  .arg(accessory.name)
                                  .arg(accessory.hosts.size())
                                  .arg(setup.host);

        // Reads one variable; `required` ones that are missing become problems.
        const auto read = [&](const char *name, QString *target, bool required) {
            const QString variable = QLatin1String(name);
            if (env.missingSecret(variable)) {
                setup.problems << tr("The secret %1 (for %2 of “%3”) is not set: add it on the "
                                     "Secrets page.")
                                      .arg(env.secretKey(variable), variable, accessory.name);
                return;
            }
            const std::optional<QString> value = env.value(variable);
            if (value)
                *target = *value;
            if (required && target->isEmpty())
                setup.problems << tr("The accessory “%1” does not set %2 in its env.")
                                      .arg(accessory.name, variable);
        };
        read("POSTGRES_DATABASE", &setup.database, true);
        read("POSTGRES_HOST", &setup.postgresHost, true);
        read("POSTGRES_PORT", &setup.postgresPort, false);
        read("POSTGRES_USER", &setup.postgresUser, true);
        read("POSTGRES_PASSWORD", &setup.postgresPassword, true);
        read("S3_BUCKET", &setup.s3Bucket, true);
        read("S3_PREFIX", &setup.s3Prefix, true);
        read("S3_ENDPOINT", &setup.s3Endpoint, false);
        read("S3_REGION", &setup.s3Region, false);
        read("S3_ACCESS_KEY_ID", &setup.s3AccessKeyId, false);
        read("S3_SECRET_ACCESS_KEY", &setup.s3SecretAccessKey, false);
        read("SCHEDULE", &setup.schedule, false);
        read("BACKUP_KEEP_DAYS", &setup.keepDays, false);
        read("PASSPHRASE", &setup.passphrase, false);

        if (setup.postgresPort.isEmpty())
            setup.postgresPort = QStringLiteral("5432");
        if (setup.s3Region.isEmpty())
            setup.s3Region = QStringLiteral("us-west-1");
        if (setup.s3AccessKeyId.isEmpty() || setup.s3SecretAccessKey.isEmpty())
            setup.problems << tr("The accessory “%1” sets no S3_ACCESS_KEY_ID and "
                                 "S3_SECRET_ACCESS_KEY; Berth needs them to list and download "
                                 "backups.")
                                  .arg(accessory.name);
        if (setup.schedule.isEmpty())
            setup.warnings << tr("SCHEDULE is empty: the container backs up once and exits, so "
                                 "no backups are taken on a schedule.");
        if (setup.passphrase.isEmpty())
            setup.warnings << tr("PASSPHRASE is empty: backups are stored unencrypted.");
        if (!setup.keepDays.isEmpty())
            setup.warnings << tr("BACKUP_KEEP_DAYS deletes every object under “%1/”, not only "
                                 "this database's backups.")
                                  .arg(setup.s3Prefix);
        for (const char *plain : {"POSTGRES_PASSWORD", "S3_SECRET_ACCESS_KEY", "PASSPHRASE"}) {
            if (!env.isSecret(QLatin1String(plain)) && env.value(QLatin1String(plain)))
                setup.warnings << tr("%1 is written in deploy.yml as a clear value; make it a "
                                     "secret.")
                                      .arg(QLatin1String(plain));
        }

        // The Postgres accessory: POSTGRES_HOST is its container name on the Docker network
        // (or, written loosely, the accessory's own name).
        for (const Kamal::Accessory &other : config.accessories) {
            if (other.name == accessory.name || setup.postgresHost.isEmpty())
                continue;
            if (other.serviceName == setup.postgresHost || other.name == setup.postgresHost) {
                setup.postgresAccessoryName = other.name;
                setup.postgresContainerName = other.serviceName;
                setup.postgresImage = other.image;
                if (!other.hosts.contains(setup.host))
                    setup.warnings << tr("The Postgres accessory “%1” does not run on %2, where "
                                         "the backup accessory runs.")
                                          .arg(other.name, setup.host);
                break;
            }
        }
        if (setup.postgresAccessoryName.isEmpty() && !setup.postgresHost.isEmpty())
            setup.warnings << tr("POSTGRES_HOST is “%1”, which is no accessory of this "
                                 "configuration: Berth cannot check a restore or run a restore "
                                 "drill without the Postgres container.")
                                  .arg(setup.postgresHost);
        discovery.setups.append(setup);
    }
    if (discovery.setups.isEmpty())
        discovery.message = tr("No accessory runs postgres-backup-s3 (image "
                               "eeshugerman/postgres-backup-s3). Add one to deploy.yml, or mark "
                               "your image as compatible.");
    return discovery;
}

} // namespace Berth::Backup
