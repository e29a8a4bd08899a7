using System.Text;

namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// A compiled model as a file of its own (claim-classifier.scoring, entity-classifier.scoring beside the zips).
/// Loading the zips through ML.NET and compiling them cost most of a CPU-second, which every start of `serve`,
/// `extract` and `ingest` paid; the files read back in milliseconds. Each names the version of the model it was
/// compiled from, so a file left beside another model is not used.
/// </summary>
public static class CompiledModelFile
{
    public const string Extension = ".scoring";

    private const string ClaimMagic = "ClaimGraph compiled claim model";
    private const string EntityMagic = "ClaimGraph compiled entity model";
    private const int Format = 1;

    public static void Write(CompiledClaimModel model, string modelVersion, Stream stream) => Write(ClaimMagic, model.Write, modelVersion, stream);

    public static void Write(CompiledEntityModel model, string modelVersion, Stream stream) => Write(EntityMagic, model.Write, modelVersion, stream);

    /// <summary>The claim model, or null when the file was compiled from another version of it or in another format.</summary>
    /// <exception cref="InvalidDataException">The file is damaged, or holds another kind of model.</exception>
    public static CompiledClaimModel? ReadClaimModel(Stream stream, string modelVersion) => Read(ClaimMagic, CompiledClaimModel.Read, stream, modelVersion);

    /// <summary>The entity model, or null when the file was compiled from another version of it or in another format.</summary>
    /// <exception cref="InvalidDataException">The file is damaged, or holds another kind of model.</exception>
    public static CompiledEntityModel? ReadEntityModel(Stream stream, string modelVersion) => Read(EntityMagic, CompiledEntityModel.Read, stream, modelVersion);

    private static void Write(string magic, Action<BinaryWriter> write, string modelVersion, Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(magic);
        writer.Write(Format);
        writer.Write(modelVersion);
        write(writer);
    }

    private static T? Read<T>(string magic, Func<BinaryReader, T> read, Stream stream, string modelVersion) where T : class
    {
        // Read whole: the checks compare counts with what is left, and a seekable copy knows it.
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        using var reader = new BinaryReader(buffer, Encoding.UTF8);
        try
        {
            if (reader.ReadString() != magic) throw new InvalidDataException($"not a file of the kind \"{magic}\"");
            if (reader.ReadInt32() != Format || reader.ReadString() != modelVersion) return null;
            var model = read(reader);
            if (buffer.Position != buffer.Length) throw new InvalidDataException("the compiled model has bytes after its end");
            return model;
        }
        // A cut file ends the stream; a garbled length reads as a bad format or a negative string length (IOException).
        catch (Exception e) when (e is IOException or FormatException)
        {
            throw new InvalidDataException("the compiled model is cut short or garbled", e);
        }
    }

    internal static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    internal static string[] ReadStrings(BinaryReader reader) => ReadList(reader, r => r.ReadString());

    internal static float[] ReadFloats(BinaryReader reader) => ReadList(reader, r => r.ReadSingle());

    internal static int[] ReadInts(BinaryReader reader) => ReadList(reader, r => r.ReadInt32());

    internal static void WriteInts(BinaryWriter writer, IReadOnlyList<int> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    internal static void WriteFloats(BinaryWriter writer, IReadOnlyList<float> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    internal static T[] ReadList<T>(BinaryReader reader, Func<BinaryReader, T> item)
    {
        var count = reader.ReadInt32();
        // A count beyond what is left of the file is damage, not a reason to allocate gigabytes.
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position) throw new InvalidDataException("the compiled model is damaged (a list's length)");
        var values = new T[count];
        for (var i = 0; i < count; i++) values[i] = item(reader);
        return values;
    }
}
