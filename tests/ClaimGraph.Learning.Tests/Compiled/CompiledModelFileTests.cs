using ClaimGraph.Core.Contract;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Models;
using ClaimGraph.Learning.Models.Compiled;
using ClaimGraph.Learning.Training;
using ClaimGraph.Tests.Shared;
using Microsoft.ML;

namespace ClaimGraph.Learning.Tests.Compiled;

/// <summary>
/// The compiled models' own files: the shipped ones are exactly what compiling the shipped zips gives, a file of
/// another model version is passed over for the zip, damage is a clear error, and training writes them.
/// </summary>
public sealed class CompiledModelFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("claimgraph-compiled-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(ModelSet.ClaimModel)]
    [InlineData(ModelSet.EntityModel)]
    public void the_shipped_compiled_file_is_the_shipped_zip_compiled(string name)
    {
        var (model, info) = Embedded(name);

        Assert.Equal(Compile(name, model, info.Version), EmbeddedBytes(name + CompiledModelFile.Extension));
    }

    [Fact]
    public void a_file_compiled_from_another_model_version_is_not_read()
    {
        var bytes = EmbeddedBytes(ModelSet.ClaimModel + CompiledModelFile.Extension);

        Assert.Null(CompiledModelFile.ReadClaimModel(new MemoryStream(bytes), "00000000"));
    }

    [Fact]
    public void a_cut_or_garbled_file_is_a_clear_error()
    {
        var (_, info) = Embedded(ModelSet.ClaimModel);
        var bytes = EmbeddedBytes(ModelSet.ClaimModel + CompiledModelFile.Extension);
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);

        foreach (var length in new[] { 0, 10, 60, bytes.Length / 3, bytes.Length - 1 })
            Assert.Throws<InvalidDataException>(() => CompiledModelFile.ReadClaimModel(new MemoryStream(bytes[..length]), info.Version));
        Assert.Throws<InvalidDataException>(() => CompiledModelFile.ReadClaimModel(new MemoryStream([.. bytes, 0]), info.Version));
        Assert.Throws<InvalidDataException>(() => CompiledModelFile.ReadClaimModel(new MemoryStream(garbage), info.Version));
        // An entity model's file is not a claim model's.
        var entity = EmbeddedBytes(ModelSet.EntityModel + CompiledModelFile.Extension);
        Assert.Throws<InvalidDataException>(() => CompiledModelFile.ReadClaimModel(new MemoryStream(entity), info.Version));
    }

    [Fact]
    public void models_whose_compiled_files_are_stale_are_compiled_from_their_zips()
    {
        foreach (var name in new[] { ModelSet.ClaimModel, ModelSet.EntityModel })
        {
            foreach (var extension in new[] { ".zip", ".json" }) File.WriteAllBytes(Path.Combine(_directory, name + extension), EmbeddedBytes(name + extension));
            // Another version's header over a body that cannot be read: only passing the file over can load the model.
            File.WriteAllBytes(Path.Combine(_directory, name + CompiledModelFile.Extension), [.. Header(name, "00000000"), .. new byte[64]]);
        }

        var models = ModelSet.Load(_directory);

        Assert.True(models.Claims!.IsCompiled);
        Assert.True(models.Entities!.IsCompiled);
    }

    [Fact]
    public void a_compiled_file_goes_with_the_zips_content_not_with_the_version_its_json_states()
    {
        foreach (var extension in new[] { ".zip", CompiledModelFile.Extension })
            File.WriteAllBytes(Path.Combine(_directory, ModelSet.ClaimModel + extension), EmbeddedBytes(ModelSet.ClaimModel + extension));
        var (_, info) = Embedded(ModelSet.ClaimModel);
        File.WriteAllText(Path.Combine(_directory, ModelSet.ClaimModel + ".json"), (info with { Version = "00000000" }).ToJson());
        // Were the json's version compared, this file of the zip's own version would be passed over; its body is damaged,
        // so reading it is what fails.
        var compiled = EmbeddedBytes(ModelSet.ClaimModel + CompiledModelFile.Extension);
        File.WriteAllBytes(Path.Combine(_directory, ModelSet.ClaimModel + CompiledModelFile.Extension), compiled[..(compiled.Length / 2)]);

        Assert.Throws<ArgumentException>(() => ModelSet.Load(_directory));
    }

    [Fact]
    public void a_damaged_entity_file_is_a_clear_error()
    {
        var (_, info) = Embedded(ModelSet.EntityModel);
        var bytes = EmbeddedBytes(ModelSet.EntityModel + CompiledModelFile.Extension);

        foreach (var length in new[] { 40, bytes.Length / 2, bytes.Length - 3 })
            Assert.Throws<InvalidDataException>(() => CompiledModelFile.ReadEntityModel(new MemoryStream(bytes[..length]), info.Version));
        Assert.NotNull(CompiledModelFile.ReadEntityModel(new MemoryStream(bytes), info.Version));
    }

    [Fact]
    public void a_damaged_compiled_file_in_a_models_directory_is_named_in_the_error()
    {
        foreach (var extension in new[] { ".zip", ".json" })
            File.WriteAllBytes(Path.Combine(_directory, ModelSet.ClaimModel + extension), EmbeddedBytes(ModelSet.ClaimModel + extension));
        var damaged = Path.Combine(_directory, ModelSet.ClaimModel + CompiledModelFile.Extension);
        File.WriteAllBytes(damaged, EmbeddedBytes(ModelSet.ClaimModel + CompiledModelFile.Extension)[..1000]);

        var error = Assert.Throws<ArgumentException>(() => ModelSet.Load(_directory));

        Assert.Contains(damaged, error.Message);
        Assert.Contains("delete it", error.Message);
    }

    [Fact]
    public void training_writes_the_compiled_files_beside_the_zips_and_loading_reads_them()
    {
        var gold = ContractJson.ReadFile(Path.Combine(RepositoryPaths.Root, "corpus", "annotations", "train.jsonl")).Take(400).ToList();

        var result = new ModelTrainer(ExtractionLexicons.Default).Train(gold, [], _directory, TrainerKind.LightGbm, "train.jsonl (first 400)");

        Assert.Equal([ModelSet.ClaimModel, ModelSet.EntityModel], result.Models.Select(m => m.Name).Order());

        foreach (var info in result.Models)
        {
            var compiled = File.ReadAllBytes(Path.Combine(_directory, info.Name + CompiledModelFile.Extension));
            var ml = new MLContext(seed: 1);
            var model = ml.Model.Load(Path.Combine(_directory, info.Name + ".zip"), out _);
            Assert.Equal(Compile(info.Name, model, info.Version), compiled);
        }
        var loaded = ModelSet.Load(_directory);
        Assert.True(loaded.Claims!.IsCompiled);
        Assert.True(loaded.Entities!.IsCompiled);
    }

    [Fact]
    public void a_claim_model_that_does_not_compile_leaves_no_compiled_file_behind()
    {
        var gold = ContractJson.ReadFile(Path.Combine(RepositoryPaths.Root, "corpus", "annotations", "train.jsonl")).Take(400).ToList();
        var stale = Path.Combine(_directory, ModelSet.ClaimModel + CompiledModelFile.Extension);
        File.WriteAllBytes(stale, EmbeddedBytes(ModelSet.ClaimModel + CompiledModelFile.Extension));

        new ModelTrainer(ExtractionLexicons.Default).Train(gold, [], _directory, TrainerKind.Sdca, "train.jsonl (first 400)");

        Assert.False(File.Exists(stale));
        Assert.False(ModelSet.Load(_directory).Claims!.IsCompiled);
    }

    private static byte[] Header(string name, string version)
    {
        var full = EmbeddedBytes(name + CompiledModelFile.Extension);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var reader = new BinaryReader(new MemoryStream(full));
            writer.Write(reader.ReadString());
            writer.Write(reader.ReadInt32());
            writer.Write(version);
        }
        return stream.ToArray();
    }

    private static byte[] Compile(string name, ITransformer model, string version)
    {
        var ml = new MLContext(seed: 1);
        using var stream = new MemoryStream();
        if (name == ModelSet.ClaimModel) CompiledModelFile.Write(CompiledClaimModel.TryCompile(ml, model)!, version, stream);
        else CompiledModelFile.Write(CompiledEntityModel.TryCompile(ml, model)!, version, stream);
        return stream.ToArray();
    }

    private static (ITransformer Model, ModelInfo Info) Embedded(string name)
    {
        var model = new MLContext(seed: 1).Model.Load(new MemoryStream(EmbeddedBytes(name + ".zip")), out _);
        return (model, ModelInfo.FromJson(System.Text.Encoding.UTF8.GetString(EmbeddedBytes(name + ".json"))));
    }

    private static byte[] EmbeddedBytes(string file)
    {
        using var stream = typeof(ModelSet).Assembly.GetManifestResourceStream($"ClaimGraph.Learning.Trained.{file}")
            ?? throw new FileNotFoundException($"{file} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
