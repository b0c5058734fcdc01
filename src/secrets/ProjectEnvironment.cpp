#include "secrets/ProjectEnvironment.h"

#include "core/AtomicFile.h"
#include "core/secrets/SecretsFile.h"
#include "core/secrets/SecretsResolver.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace Berth {

namespace {

QString secretKind()
{
    return QStringLiteral("secret");
}

QString plainKind()
{
    return QStringLiteral("plain");
}

} // namespace

struct ProjectEnvironment::ImportState
{
    QList<Secrets::SecretEntry> entries;
    qsizetype next = 0;
    bool secret = true;
    ImportReport report;
    ImportHandler handler;
};

ProjectEnvironment::ProjectEnvironment(const QString &projectFolder, const QString &destination,
                                       QSettings *catalog, QObject *parent)
    : QObject(parent)
    , m_projectFolder(QDir(projectFolder).absolutePath())
    , m_projectId(Secrets::projectId(projectFolder))
    , m_destination(destination)
    , m_catalog(catalog)
    , m_store(new KeychainSecretStore(serviceName(m_projectId, destination), this))
{ }

ProjectEnvironment::~ProjectEnvironment() = default;

QString ProjectEnvironment::serviceName(const QString &projectId, const QString &destination)
{
    return QStringLiteral("Berth/%1/%2")
        .arg(projectId, destination.isEmpty() ? QStringLiteral("default") : destination);
}

QString ProjectEnvironment::service() const
{
    return m_store->service();
}

bool ProjectEnvironment::isValidName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'_' || u == u'.';
    });
}

QString ProjectEnvironment::catalogKey(const QString &kind) const
{
    return QStringLiteral("environment/%1/%2/%3")
        .arg(m_projectId, m_destination.isEmpty() ? QStringLiteral("default") : m_destination,
             kind);
}

void ProjectEnvironment::checkAvailable(const DoneHandler &handler)
{
    m_store->checkAvailable(handler);
}

QList<ProjectEnvironment::Variable> ProjectEnvironment::variables() const
{
    QList<Variable> list;
    const QStringList secret = m_catalog->value(catalogKey(secretKind())).toStringList();
    const QStringList plain = m_catalog->value(catalogKey(plainKind())).toStringList();
    for (const QString &name : secret)
        list.append({name, true});
    for (const QString &name : plain)
        list.append({name, false});
    std::sort(list.begin(), list.end(),
              [](const Variable &a, const Variable &b) { return a.name < b.name; });
    return list;
}

bool ProjectEnvironment::contains(const QString &name) const
{
    return m_catalog->value(catalogKey(secretKind())).toStringList().contains(name)
        || m_catalog->value(catalogKey(plainKind())).toStringList().contains(name);
}

void ProjectEnvironment::setCatalogEntry(const QString &name, bool secret)
{
    removeCatalogEntry(name);
    const QString key = catalogKey(secret ? secretKind() : plainKind());
    QStringList names = m_catalog->value(key).toStringList();
    names.append(name);
    names.sort();
    m_catalog->setValue(key, names);
    m_catalog->sync();
}

void ProjectEnvironment::removeCatalogEntry(const QString &name)
{
    for (const QString &kind : {secretKind(), plainKind()}) {
        QStringList names = m_catalog->value(catalogKey(kind)).toStringList();
        if (names.removeAll(name) == 0)
            continue;
        if (names.isEmpty())
            m_catalog->remove(catalogKey(kind));
        else
            m_catalog->setValue(catalogKey(kind), names);
    }
    m_catalog->sync();
}

void ProjectEnvironment::set(const QString &name, const QString &value, bool secret,
                             const DoneHandler &handler)
{
    if (!isValidName(name)) {
        handler(fail(QStringLiteral("environment.invalid-name"),
                     tr("“%1” is not a variable name Kamal can use: use letters, digits, _ and "
                        ".; do not start with a digit.")
                         .arg(name)));
        return;
    }
    m_store->write(name, value, [this, name, value, secret, handler](const Result<void> &written) {
        if (!written) {
            handler(written);
            return;
        }
        // Trust only a round trip: a locked keyring may accept the write and keep nothing.
        m_store->read(name, [this, name, value, secret, handler](Result<QString> read) {
            if (!read || *read != value) {
                handler(fail(QStringLiteral("keychain.unavailable"),
                             tr("The keychain did not keep %1. Unlock the keychain and try "
                                "again.")
                                 .arg(name),
                             read ? QString() : read.error().detail));
                return;
            }
            setCatalogEntry(name, secret);
            handler({});
        });
    });
}

void ProjectEnvironment::get(const QString &name, ReadHandler handler)
{
    m_store->read(name, std::move(handler));
}

void ProjectEnvironment::remove(const QString &name, const DoneHandler &handler)
{
    m_store->remove(name, [this, name, handler](const Result<void> &removed) {
        if (!removed && removed.error().code != QStringLiteral("keychain.not-found")) {
            handler(removed);
            return;
        }
        removeCatalogEntry(name);
        handler({});
    });
}

void ProjectEnvironment::loadSnapshot(const SnapshotHandler &handler)
{
    readNext(std::make_shared<Snapshot>(), variables(), handler);
}

void ProjectEnvironment::readNext(const std::shared_ptr<Snapshot> &snapshot,
                                  QList<Variable> remaining, const SnapshotHandler &handler)
{
    if (remaining.isEmpty()) {
        handler(*snapshot);
        return;
    }
    const Variable variable = remaining.takeFirst();
    // One job at a time: the next read starts from this one's callback.
    m_store->read(variable.name,
                  [this, snapshot, remaining, handler, variable](Result<QString> value) {
                      if (value) {
                          snapshot->values.insert(variable.name, *value);
                          if (!variable.secret)
                              snapshot->plainNames.insert(variable.name);
                      } else if (value.error().code == QStringLiteral("keychain.not-found")) {
                          snapshot->missing.append(variable.name);
                      } else {
                          handler(unexpected(value.error()));
                          return;
                      }
                      readNext(snapshot, remaining, handler);
                  });
}

void ProjectEnvironment::importDotenv(const QString &filePath, bool secret,
                                      const ImportHandler &handler)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        handler(fail(QStringLiteral("environment.import-unreadable"),
                     tr("%1 could not be read: %2")
                         .arg(QDir::toNativeSeparators(filePath), file.errorString())));
        return;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    // Without `variable` and `runCommand` the parser sees only the file itself and runs
    // nothing: `$(…)` keys come back pending and are skipped below.
    const Secrets::SecretsFileResult parsed = Secrets::parseSecretsFile(
        QString::fromUtf8(bytes), QFileInfo(filePath).fileName(), Secrets::SecretsContext {});
    auto state = std::make_shared<ImportState>();
    state->entries = parsed.entries;
    state->secret = secret;
    state->report.diagnostics = parsed.diagnostics;
    state->handler = handler;
    // Fail once, clearly, rather than once per key when there is no keychain.
    m_store->checkAvailable([this, state](const Result<void> &available) {
        if (!available) {
            state->handler(unexpected(available.error()));
            return;
        }
        importNext(state);
    });
}

void ProjectEnvironment::importNext(const std::shared_ptr<ImportState> &state)
{
    while (state->next < state->entries.size()) {
        const Secrets::SecretEntry &entry = state->entries.at(state->next);
        if (entry.kind == Secrets::SecretEntry::Kind::PendingCommand) {
            state->report.skipped.append(
                {entry.name, entry.line,
                 tr("its value runs a command ($(…)); Berth does not run commands from an "
                    "imported file. Set this value by hand.")});
            ++state->next;
            continue;
        }
        if (!isValidName(entry.name)) {
            state->report.skipped.append(
                {entry.name, entry.line, tr("the name starts with a digit")});
            ++state->next;
            continue;
        }
        break;
    }
    if (state->next >= state->entries.size()) {
        state->handler(state->report);
        return;
    }
    const Secrets::SecretEntry entry = state->entries.at(state->next++);
    const bool existed = contains(entry.name);
    set(entry.name, entry.value, state->secret,
        [this, state, entry, existed](const Result<void> &done) {
            if (done) {
                state->report.imported.append(entry.name);
                if (existed)
                    state->report.replaced.append(entry.name);
            } else {
                state->report.skipped.append({entry.name, entry.line, done.error().message});
            }
            importNext(state);
        });
}

Result<void> ProjectEnvironment::ignoreInGit(const QString &filePath) const
{
    const QDir root(m_projectFolder);
    const QString relative
        = QDir::cleanPath(root.relativeFilePath(QFileInfo(filePath).absoluteFilePath()));
    if (relative.startsWith(QLatin1String("../")) || relative == u".."
        || QDir::isAbsolutePath(relative)) {
        return fail(QStringLiteral("environment.outside-project"),
                    tr("%1 is not inside the project folder, so the project's .gitignore "
                       "cannot cover it.")
                        .arg(QDir::toNativeSeparators(filePath)));
    }
    const QString gitignore = root.filePath(QStringLiteral(".gitignore"));
    QByteArray content;
    QFile existing(gitignore);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("environment.gitignore-unreadable"),
                        tr("%1 could not be read: %2")
                            .arg(QDir::toNativeSeparators(gitignore), existing.errorString()));
        }
        content = existing.readAll();
    }
    const QString entry = QLatin1Char('/') + relative;
    const QList<QByteArray> lines = content.split('\n');
    for (const QByteArray &line : lines) {
        const QString trimmed = QString::fromUtf8(line).trimmed();
        if (trimmed == relative || trimmed == entry)
            return {};
    }
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content += entry.toUtf8() + '\n';
    return AtomicFile::write(gitignore, content);
}

Result<void> ProjectEnvironment::deleteImportedFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.remove()) {
        return fail(QStringLiteral("environment.delete-failed"),
                    tr("%1 could not be deleted: %2")
                        .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    }
    return {};
}

} // namespace Berth
