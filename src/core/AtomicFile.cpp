#include "core/AtomicFile.h"

#include <QDir>
#include <QSaveFile>

namespace Berth {

Result<void> AtomicFile::write(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("file.open"),
                    tr("Berth cannot write “%1”: %2. Nothing was changed.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(content) != content.size() || !file.commit())
        return fail(QStringLiteral("file.write"),
                    tr("Saving “%1” failed: %2. The file on disk is unchanged.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace Berth
