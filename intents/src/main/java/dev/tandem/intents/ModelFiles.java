package dev.tandem.intents;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How the files of the models learnt from the shop's content write a language, and text per language. */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** Reads a language written as its code; {@code model} names the file's kind in the error. */
    public static Language readLanguage(DataInputStream in, String model) throws IOException {
        return Language.fromCode(in.readUTF()).orElseThrow(() -> new IOException("corrupt " + model + ": unknown language"));
    }

    /** Writes each language's strings, as {@link #readStrings} reads them back. */
    public static void writeStrings(DataOutputStream out, Map<Language, ? extends Collection<String>> byLanguage)
            throws IOException {
        out.writeInt(byLanguage.size());
        for (Map.Entry<Language, ? extends Collection<String>> language : byLanguage.entrySet()) {
            out.writeUTF(language.getKey().code());
            out.writeInt(language.getValue().size());
            for (String text : language.getValue()) {
                out.writeUTF(text);
            }
        }
    }

    public static Map<Language, List<String>> readStrings(DataInputStream in, String model) throws IOException {
        Map<Language, List<String>> byLanguage = new EnumMap<>(Language.class);
        for (int languages = in.readInt(); languages > 0; languages--) {
            Language language = readLanguage(in, model);
            List<String> strings = new ArrayList<>();
            for (int count = in.readInt(); count > 0; count--) {
                strings.add(in.readUTF());
            }
            byLanguage.put(language, strings);
        }
        return byLanguage;
    }
}
