namespace Extraction.Patterns;

/// <summary>A node of a parsed pattern; it emits its own instructions.</summary>
internal abstract class Node
{
    /// <summary>True when the node can match without consuming a token.</summary>
    public abstract bool CanBeEmpty { get; }

    /// <summary>Appends the node's instructions; <paramref name="leftward"/> emits them for a match run right to left.</summary>
    public abstract void Emit(List<Instruction> program, bool leftward);

    /// <summary>Appends a placeholder to patch once the jump target is known.</summary>
    protected static int Hole(List<Instruction> program)
    {
        program.Add(default);
        return program.Count - 1;
    }
}

/// <summary>One token predicate.</summary>
internal sealed class TestNode(TokenPredicate predicate) : Node
{
    /// <summary>The predicate the token passes.</summary>
    public TokenPredicate Predicate => predicate;

    public override bool CanBeEmpty => false;

    public override void Emit(List<Instruction> program, bool leftward) => program.Add(new Instruction(OpCode.Test, 0, 0, predicate));
}

/// <summary><c>P*+</c>: every following token that passes the predicate, with no backtracking (one instruction).</summary>
internal sealed class RunNode(TokenPredicate predicate) : Node
{
    public override bool CanBeEmpty => true;

    public override void Emit(List<Instruction> program, bool leftward) => program.Add(new Instruction(OpCode.Run, 0, 0, predicate));
}

/// <summary><c>^</c> or <c>$</c>.</summary>
internal sealed class AssertNode(OpCode op) : Node
{
    public override bool CanBeEmpty => true;

    public override void Emit(List<Instruction> program, bool leftward) => program.Add(new Instruction(op, 0, 0, null));
}

/// <summary>Items one after the other.</summary>
internal sealed class SeqNode(List<Node> items) : Node
{
    public override bool CanBeEmpty => items.TrueForAll(n => n.CanBeEmpty);

    public override void Emit(List<Instruction> program, bool leftward)
    {
        // right to left, the last item is tried first
        if (leftward)
            for (var k = items.Count - 1; k >= 0; k--) items[k].Emit(program, leftward);
        else
            foreach (var item in items) item.Emit(program, leftward);
    }
}

/// <summary>Alternatives, tried left to right: <c>Split L1 next; L1: a; Jump end; next: …</c>.</summary>
internal sealed class AltNode(List<Node> options) : Node
{
    public override bool CanBeEmpty => options.Exists(n => n.CanBeEmpty);

    public override void Emit(List<Instruction> program, bool leftward)
    {
        var jumps = new List<int>();
        for (var k = 0; k < options.Count; k++)
        {
            var split = k < options.Count - 1 ? Hole(program) : -1;
            options[k].Emit(program, leftward);
            if (split < 0) break;
            jumps.Add(Hole(program));
            program[split] = new Instruction(OpCode.Split, split + 1, program.Count, null);
        }
        foreach (var jump in jumps) program[jump] = new Instruction(OpCode.Jump, program.Count, 0, null);
    }
}

/// <summary>A named capture: saves the first and end positions around its body.</summary>
internal sealed class CaptureNode(int index, Node body) : Node
{
    public override bool CanBeEmpty => body.CanBeEmpty;

    public override void Emit(List<Instruction> program, bool leftward)
    {
        // right to left the end is reached first: slot 2k keeps the first token either way
        program.Add(new Instruction(OpCode.Save, leftward ? 2 * index + 1 : 2 * index, 0, null));
        body.Emit(program, leftward);
        program.Add(new Instruction(OpCode.Save, leftward ? 2 * index : 2 * index + 1, 0, null));
    }
}

/// <summary>A greedy quantifier: the body <c>min</c> times, then up to <c>max - min</c> optional copies or a loop.</summary>
internal sealed class RepeatNode(Node body, int min, int max) : Node
{
    public override bool CanBeEmpty => min == 0 || body.CanBeEmpty;

    public override void Emit(List<Instruction> program, bool leftward)
    {
        for (var k = 0; k < min; k++) body.Emit(program, leftward);
        if (max == PatternLexer.Unbounded)
        {
            // loop: Split body, out; body; Jump loop
            var loop = Hole(program);
            body.Emit(program, leftward);
            program.Add(new Instruction(OpCode.Jump, loop, 0, null));
            program[loop] = new Instruction(OpCode.Split, loop + 1, program.Count, null);
            return;
        }
        // nested optional copies: each Split leaves to the common end
        var splits = new List<int>();
        for (var k = min; k < max; k++)
        {
            splits.Add(Hole(program));
            body.Emit(program, leftward);
        }
        foreach (var split in splits) program[split] = new Instruction(OpCode.Split, split + 1, program.Count, null);
    }
}
